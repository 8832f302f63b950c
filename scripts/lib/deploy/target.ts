/** `s3://bucket/prefix` → bucket and key prefix (empty, or ending in `/`). */
export interface S3Target {
  bucket: string;
  prefix: string;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function parseS3Target(value: string): S3Target {
  const match = value.match(/^s3:\/\/([^/]+)(?:\/(.*))?$/);
  if (!match) throw new Error(`--to: ${JSON.stringify(value)} is not s3://bucket or s3://bucket/prefix`);
  const bucket = match[1]!;
  if (!BUCKET.test(bucket)) throw new Error(`--to: ${JSON.stringify(bucket)} is not a bucket name (3–63 lower-case letters, digits, dots, hyphens)`);
  const prefix = (match[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((part) => part === '.' || part === '..')) throw new Error(`--to: the prefix ${JSON.stringify(prefix)} has . or .. in it`);
  return { bucket, prefix: prefix === '' ? '' : `${prefix}/` };
}

export function parseEndpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--endpoint: ${JSON.stringify(value)} is not a URL (e.g. https://object.storage.eu01.onstackit.cloud)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--endpoint: ${value} must be http(s)`);
  return url.origin;
}
