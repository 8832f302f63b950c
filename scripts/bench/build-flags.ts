import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node options `npm run build` starts Astro with (heap and young-generation sizes), taken
 * from package.json, so the benchmark and the profiler measure the build a user runs.
 */
export function parseBuildNodeFlags(buildScript: string): string[] {
  const words = buildScript.trim().split(/\s+/);
  const astro = words.findIndex((word) => word.endsWith('astro.mjs') || word === 'astro');
  if (words[0] !== 'node' || astro < 1) throw new Error(`The build script is not "node [flags] …astro.mjs build": ${buildScript}`);
  const flags = words.slice(1, astro);
  const unknown = flags.filter((flag) => !flag.startsWith('--'));
  if (unknown.length > 0) throw new Error(`The build script has arguments that are not Node flags: ${unknown.join(' ')}`);
  return flags;
}

export function readBuildNodeFlags(repo: string): string[] {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = manifest.scripts?.build;
  if (!script) throw new Error(`${join(repo, 'package.json')} has no build script`);
  return parseBuildNodeFlags(script);
}
