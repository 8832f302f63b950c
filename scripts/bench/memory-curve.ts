/**
 * Memory over time of a build's process tree, sampled from /proc: the sum of the resident sets of
 * a process and its descendants (Astro's worker threads share its process; esbuild and Hugo are
 * children), with the machine's one-minute load average beside each sample.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface MemorySample {
  /** Seconds since sampling began. */
  t: number;
  rssMb: number;
  load1: number;
}

/** `(pid) (name) state ppid …` of /proc/<pid>/stat; the name may hold spaces and parentheses. */
export function parseStatParent(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/** `VmRSS:   123456 kB` of /proc/<pid>/status, in kB (0 for a process without one, e.g. a zombie). */
export function parseStatusRssKb(status: string): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) : 0;
}

/** The pids of `root` and all its descendants, from a pid → parent map. */
export function descendantsOf(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function readQuietly(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended meanwhile
  }
}

function sampleTreeRssMb(root: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readQuietly(`/proc/${name}/stat`);
    if (stat) parents.set(Number(name), parseStatParent(stat));
  }
  const kb = descendantsOf(root, parents).reduce((sum, pid) => sum + parseStatusRssKb(readQuietly(`/proc/${pid}/status`) ?? ''), 0);
  return Math.round(kb / 1024);
}

/**
 * Writes the file system's dirty pages to disk (`sync`) and waits: run before each measured
 * build, so the gigabytes the build before it wrote are not flushed during it and billed to it.
 */
export function flushWrites(): Promise<void> {
  return new Promise((done, fail) => {
    spawn('sync', { stdio: 'ignore' })
      .on('error', fail)
      .on('close', (code) => (code === 0 ? done() : fail(new Error(`sync exited with ${code}`))));
  });
}

export function readLoadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

/** Samples `pid`'s tree every `everyMs` until `stop()`, which returns the curve. */
export function sampleMemory(pid: number, everyMs = 2000): { stop(): MemorySample[] } {
  const samples: MemorySample[] = [];
  const started = performance.now();
  const take = () => samples.push({ t: Math.round((performance.now() - started) / 100) / 10, rssMb: sampleTreeRssMb(pid), load1: readLoadAverage() });
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

/** The curve thinned to about `points` samples (each the highest of its stretch), as `t s: MB` text. */
export function summariseCurve(samples: readonly MemorySample[], points = 24): string {
  if (samples.length === 0) return '';
  const step = Math.max(1, Math.ceil(samples.length / points));
  const parts: string[] = [];
  for (let i = 0; i < samples.length; i += step) {
    const stretch = samples.slice(i, i + step);
    const top = stretch.reduce((best, sample) => (sample.rssMb > best.rssMb ? sample : best));
    parts.push(`${Math.round(top.t)} s: ${top.rssMb}`);
  }
  return parts.join(', ');
}
