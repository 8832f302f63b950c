/**
 * Every script answers `--help` (or `-h`) with its usage and does nothing else: a script that
 * takes no options of its own would otherwise read the flag as an argument (a folder to write to).
 */
export function exitWithUsageIfAsked(usage: string, argv: readonly string[] = process.argv.slice(2)): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  console.log(usage.trim());
  process.exit(0);
}
