import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A web server serving the output folder on loopback, in the foreground of this process. */
export interface RunningServer {
  origin: string;
  /** Stops the server (and waits for it), then removes its temporary folder. */
  close(): Promise<void>;
  /** Resolves with the exit code when the server stops by itself. */
  exited: Promise<number | null>;
}

export const LOOPBACK = '127.0.0.1';
const STARTUP_SECONDS = 60;

/** The path of a program, or an error that says how to install it. */
export function requireProgram(name: string, install: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || path === '') throw new Error(`${name} is not installed: ${install} (.ci/run installs it)`);
  return path;
}

/** A port nobody listens on right now (the OS picks it). */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, LOOPBACK, resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port: ${JSON.stringify(value)} is not a port number (1–65535)`);
  return port;
}

/** A private folder for the server's pid, logs, temporary and state files: no root-owned paths needed. */
export function makeRunFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `souveraen-${name}-`));
}

export function assertHostingBuilt(root: string, files: readonly string[]): void {
  const missing = files.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) throw new Error(`${root} has no ${missing.join(', ')}: run \`npm run build\` first`);
}

interface StartOptions {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  origin: string;
  runFolder: string;
  /** Log file to quote when the server fails to start (besides its own output). */
  logFile?: string;
  /** Signal for a clean stop. */
  stopSignal: NodeJS.Signals;
  /** Print the server's output here (the CLI) instead of keeping it for errors (tests). */
  inheritOutput?: boolean;
}

/**
 * Starts the server and waits until it answers HTTP at `origin`; if it exits first, the error
 * carries its output and log.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const child: ChildProcess = spawn(options.command, options.args, {
    env: options.env ?? process.env,
    stdio: options.inheritOutput ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
  spawnError.catch(() => undefined);
  const cleanup = () => rmSync(options.runFolder, { recursive: true, force: true });

  const describe = () => {
    const log = options.logFile && existsSync(options.logFile) ? readFileSync(options.logFile, 'utf8') : '';
    return `${output}${log}`.trim();
  };
  // Caddy adapts and provisions a per-page map first: seconds at thousands of pages on a busy machine.
  const deadline = Date.now() + STARTUP_SECONDS * 1000;
  for (;;) {
    const state = await Promise.race([exited.then((code) => ({ code })), spawnError, answers(options.origin).then((ok) => ({ ok }))]);
    if ('code' in state) {
      cleanup();
      throw new Error(`${options.name} stopped before serving (exit ${state.code}):\n${describe()}`);
    }
    if (state.ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      cleanup();
      throw new Error(`${options.name} did not answer at ${options.origin} within ${STARTUP_SECONDS} s:\n${describe()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    origin: options.origin,
    exited,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(options.stopSignal);
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      cleanup();
    },
  };
}

async function answers(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/`, { method: 'HEAD', signal: AbortSignal.timeout(1_000) });
    return response.status > 0;
  } catch {
    return false;
  }
}
