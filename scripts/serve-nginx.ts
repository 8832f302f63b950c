/**
 * Serves dist/ through Debian's nginx (with the brotli static module) and the build's configuration.
 * Usage: npm run serve:nginx -- [--port N] [--root dist]
 */
import { serveWithNginx } from './lib/hosting/nginx-server';
import { runServeCli } from './lib/hosting/serve-cli';

await runServeCli('serve:nginx', 'nginx', serveWithNginx);
