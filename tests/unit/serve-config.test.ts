import { describe, expect, it } from 'vitest';
import { renderCaddyMain } from '../../scripts/lib/hosting/caddy-server';
import { renderNginxMain } from '../../scripts/lib/hosting/nginx-server';
import { parsePort, requireProgram } from '../../scripts/lib/hosting/server-process';

describe('serve:nginx and serve:caddy configurations', () => {
  it('nginx: foreground, loopback only, every writable path in the run folder', () => {
    const conf = renderNginxMain({ root: '/site/dist', port: 8123, runFolder: '/tmp/run', brotliModule: '/m/brotli.so' });
    expect(conf).toContain('daemon off;');
    expect(conf.match(/listen .*;/g)).toEqual(['listen 127.0.0.1:8123;']);
    expect(conf).toContain('include /site/dist/_hosting/nginx-http.conf;');
    for (const line of conf.split('\n').filter((l) => /(_path|pid|error_log) /.test(l))) expect(line).toMatch(/ \/tmp\/run\//);
    expect(conf).not.toMatch(/^user /m);
    expect(renderNginxMain({ root: '/r', port: 1, runFolder: '/t', brotliModule: '/m', user: 'root' })).toMatch(/^user root;$/m);
  });

  it('Caddy: plain HTTP on 127.0.0.1, no admin endpoint, state in the run folder', () => {
    const conf = renderCaddyMain({ root: '/site/dist', port: 8124, runFolder: '/tmp/run' });
    expect(conf).toContain('admin off');
    expect(conf).toContain('http://127.0.0.1:8124 {\n\tbind 127.0.0.1');
    expect(conf).toContain('storage file_system /tmp/run/data');
    expect(conf).toContain('import /site/dist/_hosting/site.caddy');
  });

  it('a missing server is an error that says how to install it; ports are checked', () => {
    expect(() => requireProgram('souveraen-no-such-server', 'apt-get install -y x')).toThrow('souveraen-no-such-server is not installed: apt-get install -y x (.ci/run installs it)');
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort(undefined)).toBeUndefined();
    expect(() => parsePort('0')).toThrow(/not a port number/);
  });
});
