import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mapInBatches } from '../../../src/lib/batches';
import type { DeployCredentials } from './env';
import { listLocalObjects } from './local-objects';
import { planDeploy, type RemoteObject } from './plan';
import type { S3Target } from './target';

export interface DeployOptions {
  root: string;
  target: S3Target;
  endpoint: string;
  region?: string | undefined;
  credentials: DeployCredentials;
  /** Upload every file, changed or not. */
  all?: boolean;
  /** Say what would be done, change nothing. */
  dryRun?: boolean;
  log?: (line: string) => void;
}

export interface DeployReport {
  uploaded: string[];
  unchanged: number;
  removed: string[];
  bytes: number;
}

const UPLOAD_CONCURRENCY = 8;
/** DeleteObjects takes at most 1,000 keys. */
const DELETE_BATCH = 1000;

/**
 * One client for any S3-compatible store: path-style addresses (what every such store accepts,
 * and what works for bucket names with dots), and checksums only where the API requires them
 * (several stores reject the newer default trailing checksums).
 */
export function createS3Client({ endpoint, region, credentials }: Pick<DeployOptions, 'endpoint' | 'region' | 'credentials'>): S3Client {
  return new S3Client({
    endpoint,
    region: region ?? 'us-east-1',
    credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export async function listRemoteObjects(client: S3Client, target: S3Target): Promise<RemoteObject[]> {
  const objects: RemoteObject[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (object.Key) objects.push({ key: object.Key, etag: object.ETag });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

/** Uploads what changed (by the MD5 the store keeps of each object), deletes what the build no longer has. */
export async function deploy(options: DeployOptions): Promise<DeployReport> {
  const log = options.log ?? (() => undefined);
  const { bucket, prefix } = options.target;
  const client = createS3Client(options);
  try {
    const local = listLocalObjects(options.root, prefix);
    const remote = await listRemoteObjects(client, options.target);
    const plan = planDeploy(local, remote, { all: options.all });
    const bytes = plan.upload.reduce((sum, object) => sum + object.body.byteLength, 0);
    const verb = options.dryRun ? 'would upload' : 'uploading';
    log(`s3://${bucket}/${prefix}: ${local.length} files in ${options.root}, ${remote.length} in the store; ${verb} ${plan.upload.length} (${(bytes / 1e6).toFixed(1)} MB), ${plan.unchanged.length} unchanged, ${options.dryRun ? 'would delete' : 'deleting'} ${plan.remove.length}`);
    if (!options.dryRun) {
      await mapInBatches(plan.upload, UPLOAD_CONCURRENCY, async (object) => {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: object.key,
            Body: object.body,
            ContentType: object.contentType,
            CacheControl: object.cacheControl,
            ContentEncoding: object.contentEncoding,
            WebsiteRedirectLocation: object.redirectTo,
          }),
        );
        log(`  put ${object.key} (${object.contentType}${object.contentEncoding ? `, ${object.contentEncoding}` : ''}${object.redirectTo ? `, redirect to ${object.redirectTo}` : ''})`);
      });
      for (let i = 0; i < plan.remove.length; i += DELETE_BATCH) {
        const keys = plan.remove.slice(i, i + DELETE_BATCH);
        const result = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
        if (result.Errors?.length) throw new Error(`could not delete ${result.Errors.map((e) => `${e.Key}: ${e.Code} ${e.Message}`).join('; ')}`);
        for (const key of keys) log(`  deleted ${key}`);
      }
    }
    return { uploaded: plan.upload.map((object) => object.key), unchanged: plan.unchanged.length, removed: plan.remove, bytes };
  } finally {
    client.destroy();
  }
}
