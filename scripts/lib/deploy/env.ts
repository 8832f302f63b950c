/**
 * The one place the deploy reads the environment: the standard AWS variables, which every
 * S3-compatible store's documentation uses too (STACKIT, IONOS, OVH, Scaleway).
 */
export interface DeployCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface DeployEnv {
  credentials: DeployCredentials;
  /** For request signing; S3-compatible stores name theirs (`eu01`, `de`, `gra`, `fr-par`). */
  region: string | undefined;
}

export class DeployEnvError extends Error {}

export function readDeployEnv(env: NodeJS.ProcessEnv = process.env): DeployEnv {
  const missing = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new DeployEnvError(`${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set: export the store's access key and secret as AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`);
  }
  const credentials: DeployCredentials = { accessKeyId: env.AWS_ACCESS_KEY_ID!.trim(), secretAccessKey: env.AWS_SECRET_ACCESS_KEY!.trim() };
  if (env.AWS_SESSION_TOKEN?.trim()) credentials.sessionToken = env.AWS_SESSION_TOKEN.trim();
  return { credentials, region: env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || undefined };
}
