import { createHash } from 'node:crypto';

/** One object as the build wants it in the store. */
export interface LocalObject {
  /** Key under the prefix, e.g. `de/index.html`. */
  key: string;
  body: Uint8Array;
  /** MD5 of `body`, hex: what the store reports as the ETag of a single-part upload. */
  md5: string;
  contentType: string;
  cacheControl: string;
  contentEncoding?: string;
  /** For story aliases: the store's website endpoint answers 301 to this. */
  redirectTo?: string;
}

export interface RemoteObject {
  key: string;
  etag: string | undefined;
}

export interface DeployPlan {
  upload: LocalObject[];
  unchanged: string[];
  /** Keys under the prefix the build no longer has. */
  remove: string[];
}

export function md5Of(body: Uint8Array): string {
  return createHash('md5').update(body).digest('hex');
}

/** An ETag as the store sends it (`"…"`, maybe weak) → the hex digest, or undefined for multipart ETags. */
export function etagDigest(etag: string | undefined): string | undefined {
  const digest = etag?.replace(/^W\//, '').replace(/"/g, '').toLowerCase();
  return digest && /^[0-9a-f]{32}$/.test(digest) ? digest : undefined;
}

/**
 * What to upload (new, or other bytes than in the store), what to leave, what to delete.
 * `all` uploads everything, e.g. after the cache or type rules changed but no bytes did.
 */
export function planDeploy(local: readonly LocalObject[], remote: readonly RemoteObject[], { all = false } = {}): DeployPlan {
  const stored = new Map(remote.map((object) => [object.key, etagDigest(object.etag)]));
  const wanted = new Set(local.map((object) => object.key));
  const upload: LocalObject[] = [];
  const unchanged: string[] = [];
  for (const object of local) {
    if (!all && stored.get(object.key) === object.md5) unchanged.push(object.key);
    else upload.push(object);
  }
  const remove = remote.map((object) => object.key).filter((key) => !wanted.has(key)).sort();
  return { upload, unchanged, remove };
}
