import { parseArgs } from 'node:util';
import { exitWithUsageIfAsked } from '../cli';
import type { ServeOptions } from './nginx-server';
import { parsePort, type RunningServer } from './server-process';

export interface ServeCliOptions {
  root: string;
  port: number | undefined;
}

export function serveUsage(script: string, server: string): string {
  return [
    `Usage: npm run ${script} -- [--port N] [--root dist]`,
    '',
    `Serves the built output folder through ${server} with the configuration the build wrote into`,
    `its _hosting/ folder, on http://127.0.0.1:N/ only, in the foreground until stopped (Ctrl-C).`,
    'Its pid, logs and temporary files go to a private folder under the system temp folder.',
    '',
    '  --port N     port on 127.0.0.1 (default: a free one)',
    '  --root DIR   the output folder (default: dist)',
    '  --help       this text',
  ].join('\n');
}

export function parseServeArgs(argv: readonly string[]): ServeCliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, root: { type: 'string', default: 'dist' } },
  });
  return { root: values.root, port: parsePort(values.port) };
}

/** Runs a serve command: starts the server, stops it on Ctrl-C/SIGTERM; exits non-zero on failure. */
export async function runServeCli(script: string, server: string, serve: (options: ServeOptions) => Promise<RunningServer>): Promise<void> {
  exitWithUsageIfAsked(serveUsage(script, server));
  let options: ServeCliOptions;
  try {
    options = parseServeArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${serveUsage(script, server)}`);
    process.exit(2);
  }
  let running: RunningServer;
  try {
    running = await serve({ root: options.root, port: options.port, inheritOutput: true });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  console.log(`${server} serves ${options.root} at ${running.origin}/ (Ctrl-C stops it)`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await running.exited;
  if (!stopping) {
    console.error(`${server} stopped by itself (exit ${code})`);
    await running.close();
    process.exit(1);
  }
}
