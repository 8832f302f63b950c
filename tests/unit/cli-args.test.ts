import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCommandLine } from '../../scripts/lib/cli';

const USAGE = 'Usage: npm run demo -- --out DIR';

class Exit extends Error {
  constructor(readonly code: number | undefined) {
    super(`exit ${code}`);
  }
}

function spyOnExit() {
  return vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Exit(code);
  }) as typeof process.exit);
}

afterEach(() => vi.restoreAllMocks());

describe('parseCommandLine', () => {
  const config = (args: string[]) => ({ args, options: { out: { type: 'string' as const } } });

  it('returns the options it was given', () => {
    expect(parseCommandLine(USAGE, config(['--out', 'x'])).values).toEqual({ out: 'x' });
  });

  it('answers --help and -h with the usage and status 0, before parsing anything else', () => {
    spyOnExit();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    for (const args of [['--help'], ['-h'], ['--nonsense', '--help']]) {
      expect(() => parseCommandLine(USAGE, config(args))).toThrow(new Exit(0));
    }
    expect(log).toHaveBeenCalledTimes(3);
    expect(log).toHaveBeenLastCalledWith(USAGE);
  });

  it('ends an unknown option or a missing value with the message and the usage, status 2', () => {
    spyOnExit();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => parseCommandLine(USAGE, config(['--outt', 'x']))).toThrow(new Exit(2));
    expect(error.mock.calls[0]![0]).toMatch(/^Unknown option '--outt'[\s\S]*\n\nUsage: npm run demo -- --out DIR$/);
    expect(() => parseCommandLine(USAGE, config(['--out']))).toThrow(new Exit(2));
    expect(error.mock.calls[1]![0]).toContain("Option '--out <value>' argument missing");
  });
});
