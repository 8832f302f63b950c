import { describe, expect, it } from 'vitest';
import { readDeployEnv } from '../../scripts/lib/deploy/env';
import { keyOf, redirectObject } from '../../scripts/lib/deploy/local-objects';
import { etagDigest, md5Of, planDeploy, type LocalObject } from '../../scripts/lib/deploy/plan';
import { parseEndpoint, parseS3Target } from '../../scripts/lib/deploy/target';

const local = (key: string, body: string): LocalObject => ({ key, body: Buffer.from(body), md5: md5Of(Buffer.from(body)), contentType: 'text/plain', cacheControl: 'x' });

describe('deploy plan', () => {
  it('uploads new and changed objects, leaves equal ones, deletes the rest under the prefix', () => {
    const plan = planDeploy(
      [local('p/a', 'same'), local('p/b', 'new bytes'), local('p/c', 'brand new')],
      [
        { key: 'p/a', etag: `"${md5Of(Buffer.from('same'))}"` },
        { key: 'p/b', etag: `"${md5Of(Buffer.from('old bytes'))}"` },
        { key: 'p/gone', etag: '"0"' },
      ],
    );
    expect(plan.upload.map((o) => o.key)).toEqual(['p/b', 'p/c']);
    expect(plan.unchanged).toEqual(['p/a']);
    expect(plan.remove).toEqual(['p/gone']);
    expect(planDeploy([local('p/a', 'same')], [{ key: 'p/a', etag: `"${md5Of(Buffer.from('same'))}"` }], { all: true }).upload).toHaveLength(1);
  });

  it('reads ETags as MD5 digests; a multipart ETag counts as unknown', () => {
    expect(etagDigest('"D41D8CD98F00B204E9800998ECF8427E"')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(etagDigest('W/"d41d8cd98f00b204e9800998ecf8427e"')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(etagDigest('"d41d8cd98f00b204e9800998ecf8427e-3"')).toBeUndefined();
    expect(etagDigest(undefined)).toBeUndefined();
  });

  it('parses the target and endpoint, with clear errors', () => {
    expect(parseS3Target('s3://site')).toEqual({ bucket: 'site', prefix: '' });
    expect(parseS3Target('s3://my.site/a/b/')).toEqual({ bucket: 'my.site', prefix: 'a/b/' });
    expect(() => parseS3Target('https://site/a')).toThrow(/is not s3:\/\/bucket/);
    expect(() => parseS3Target('s3://Site_1/a')).toThrow(/not a bucket name/);
    expect(() => parseS3Target('s3://site/a/../b')).toThrow(/\.\./);
    expect(parseEndpoint('https://s3.example.eu/ignored')).toBe('https://s3.example.eu');
    expect(() => parseEndpoint('s3.example.eu')).toThrow(/not a URL/);
  });

  it('reads credentials from the standard variables only, naming what is missing', () => {
    expect(readDeployEnv({ AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's', AWS_REGION: 'eu01' })).toEqual({ credentials: { accessKeyId: 'k', secretAccessKey: 's' }, region: 'eu01' });
    expect(readDeployEnv({ AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's', AWS_SESSION_TOKEN: 't' }).credentials.sessionToken).toBe('t');
    expect(() => readDeployEnv({})).toThrow(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set/);
    expect(() => readDeployEnv({ AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: ' ' })).toThrow(/^AWS_SECRET_ACCESS_KEY is not set/);
  });

  it('stores a folder page as its index.html, and an alias as a forwarding object with the redirect', () => {
    expect(keyOf('/de/artikel/alt/', 'p/')).toBe('p/de/artikel/alt/index.html');
    expect(keyOf('/sitemap.xml', '')).toBe('sitemap.xml');
    const object = redirectObject({ from: '/de/artikel/alt/', to: '/de/artikel/neu/', status: 301 }, 'p/');
    expect(object).toMatchObject({ key: 'p/de/artikel/alt/index.html', redirectTo: '/p/de/artikel/neu/', contentType: 'text/html; charset=utf-8' });
    expect(Buffer.from(object.body).toString()).toContain('url=/de/artikel/neu/');
  });
});
