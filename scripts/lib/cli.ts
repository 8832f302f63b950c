import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Every script answers `--help` (or `-h`) with its usage and does nothing else: a script that
 * takes no options of its own would otherwise read the flag as an argument (a folder to write to).
 */
export function exitWithUsageIfAsked(usage: string, argv: readonly string[] = process.argv.slice(2)): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  console.log(usage.trim());
  process.exit(0);
}

/**
 * The one way scripts read their command line: `--help` first (usage, status 0), then Node's
 * `parseArgs`; an unknown option or a missing value ends with its message and the usage, status 2,
 * instead of a stack trace.
 */
export function parseCommandLine<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  exitWithUsageIfAsked(usage, config.args ?? process.argv.slice(2));
  try {
    return parseArgs(config);
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw error;
    console.error(`${(error as Error).message}\n\n${usage.trim()}`);
    process.exit(2);
  }
}
