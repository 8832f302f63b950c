/** Pure parts of the benchmark harness: parsing `/usr/bin/time -v`, ratios, the results table. */

export interface Usage {
  wallSeconds: number;
  /** User + system CPU time of the child tree. */
  cpuSeconds: number;
  /**
   * The system share of it: on some shared machines it grows from one identical build to the
   * next while user time stays put (BENCHMARKS.md, tenth pass), so it tells a slow host from slow code.
   */
  systemSeconds: number;
  maxRssMb: number;
  exitStatus: number;
}

/** Reads GNU time's `-v` report (it is appended to the child's stderr). */
export function parseTimeVerbose(report: string): Usage {
  const field = (label: string): string => {
    const match = new RegExp(`^\\s*${label.replace(/[()]/g, '\\$&')}: (.+)$`, 'm').exec(report);
    if (!match) throw new Error(`time -v report has no "${label}" line`);
    return match[1]!.trim();
  };
  const user = Number(field('User time (seconds)'));
  const sys = Number(field('System time (seconds)'));
  const maxRssKb = Number(field('Maximum resident set size (kbytes)'));
  return {
    wallSeconds: parseClock(field('Elapsed (wall clock) time (h:mm:ss or m:ss)')),
    cpuSeconds: round(user + sys, 2),
    systemSeconds: round(sys, 2),
    maxRssMb: round(maxRssKb / 1024, 1),
    exitStatus: Number(field('Exit status')),
  };
}

/** `h:mm:ss` or `m:ss.ss` to seconds. */
export function parseClock(clock: string): number {
  const parts = clock.split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !Number.isFinite(part))) {
    throw new Error(`not a clock time: ${clock}`);
  }
  return round(parts.reduce((total, part) => total * 60 + part, 0), 2);
}

export type Tool = 'ours' | 'bare' | 'hugo' | 'ours-rebuild' | 'floor' | 'floor-rebuild';

export interface Measurement extends Usage {
  tool: Tool;
  perLang: number;
  pages: number;
  distMb: number;
  /** One-minute load average when the build started and the highest seen while it ran. */
  loadStart?: number;
  loadMax?: number;
}

/** Milliseconds per story file (both languages), the figure that must not grow with the archive. */
export function msPerStory(seconds: number, perLang: number): number {
  return round((seconds * 1000) / (2 * perLang), 2);
}

export function pagesPerSecond(m: Pick<Measurement, 'pages' | 'wallSeconds'>): number {
  return m.wallSeconds > 0 ? round(m.pages / m.wallSeconds, 1) : 0;
}

export interface Ratios {
  perLang: number;
  /** Ours ÷ bare Astro. */
  timeVsBare?: number;
  /** CPU time is steadier than wall time when other jobs share the cores. */
  cpuVsBare?: number;
  memoryVsBare?: number;
  /** Ours ÷ Hugo. */
  timeVsHugo?: number;
  /** Warm rebuild after editing one story ÷ cold build. */
  rebuildShare?: number;
  rebuildCpuShare?: number;
  /** Our rebuild ÷ Astro's floor's (scripts/bench/astro-floor.ts), and the seconds between them: what our features add. */
  rebuildVsFloor?: number;
  rebuildOverFloorSeconds?: number;
}

/** Ratios per corpus size, from the measurements of one run. */
export function computeRatios(results: readonly Measurement[]): Ratios[] {
  const sizes = [...new Set(results.map((m) => m.perLang))].sort((a, b) => a - b);
  return sizes.map((perLang) => {
    const of = (tool: Tool) => results.find((m) => m.perLang === perLang && m.tool === tool);
    const ours = of('ours');
    const bare = of('bare');
    const hugo = of('hugo');
    const rebuild = of('ours-rebuild');
    const floor = of('floor-rebuild');
    const ratio = (a?: number, b?: number) => (a !== undefined && b ? round(a / b, 2) : undefined);
    return {
      perLang,
      timeVsBare: ratio(ours?.wallSeconds, bare?.wallSeconds),
      cpuVsBare: ratio(ours?.cpuSeconds, bare?.cpuSeconds),
      memoryVsBare: ratio(ours?.maxRssMb, bare?.maxRssMb),
      timeVsHugo: ratio(ours?.wallSeconds, hugo?.wallSeconds),
      rebuildShare: ratio(rebuild?.wallSeconds, ours?.wallSeconds),
      rebuildCpuShare: ratio(rebuild?.cpuSeconds, ours?.cpuSeconds),
      rebuildVsFloor: ratio(rebuild?.wallSeconds, floor?.wallSeconds),
      rebuildOverFloorSeconds: rebuild && floor ? round(rebuild.wallSeconds - floor.wallSeconds, 2) : undefined,
    };
  });
}

const TOOL_LABEL: Record<Tool, string> = {
  ours: 'Souverän Digest',
  'ours-rebuild': 'Souverän Digest, rebuild after one edit',
  bare: 'bare Astro',
  hugo: 'Hugo',
  floor: "Astro's floor (trivial pages, same content)",
  'floor-rebuild': "Astro's floor, rebuild after one edit",
};

/** The results as a Markdown table, for BENCHMARKS.md. */
export function formatResultsTable(results: readonly Measurement[]): string {
  const header = '| stories/lang | build | wall s | CPU s | of it system s | wall ms/story | CPU ms/story | peak RSS MB | pages | pages/s | dist MB | load (start, max) |';
  const rule = '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const load = (m: Measurement) => (m.loadStart === undefined ? '–' : `${m.loadStart}, ${m.loadMax ?? '–'}`);
  const rows = results.map((m) =>
    `| ${m.perLang} | ${TOOL_LABEL[m.tool]} | ${m.wallSeconds} | ${m.cpuSeconds} | ${m.systemSeconds} | ${msPerStory(m.wallSeconds, m.perLang)} | ${msPerStory(m.cpuSeconds, m.perLang)} | ${m.maxRssMb} | ${m.pages} | ${pagesPerSecond(m)} | ${m.distMb} | ${load(m)} |`,
  );
  return [header, rule, ...rows].join('\n');
}

export function formatRatiosTable(ratios: readonly Ratios[]): string {
  const show = (value?: number) => (value === undefined ? '–' : `${value}×`);
  const header =
    "| stories/lang | wall ÷ bare Astro | CPU ÷ bare Astro | memory ÷ bare Astro | wall ÷ Hugo | rebuild ÷ cold (wall) | rebuild ÷ cold (CPU) | rebuild ÷ Astro's floor (wall) | rebuild − floor |";
  const rule = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = ratios.map(
    (r) =>
      `| ${r.perLang} | ${show(r.timeVsBare)} | ${show(r.cpuVsBare)} | ${show(r.memoryVsBare)} | ${show(r.timeVsHugo)} | ${show(r.rebuildShare)} | ${show(r.rebuildCpuShare)} | ${show(r.rebuildVsFloor)} | ${r.rebuildOverFloorSeconds === undefined ? '–' : `${r.rebuildOverFloorSeconds} s`} |`,
  );
  return [header, rule, ...rows].join('\n');
}

/** The run with the median wall time (the lower middle one of an even count). */
export function medianByWall<T extends Pick<Measurement, 'wallSeconds'>>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('no runs to take the median of');
  return [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor((runs.length - 1) / 2)]!;
}

export function parseSizes(value: string): number[] {
  const sizes = value.split(',').map((part) => Number(part.trim()));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes wants positive whole numbers separated by commas, got ${JSON.stringify(value)}`);
  }
  return sizes;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
