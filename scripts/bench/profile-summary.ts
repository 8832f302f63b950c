/** Top self-time functions of a V8 `.cpuprofile` (from `node --cpu-prof`). */

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** Shortened location: path after the last node_modules/ or the repo's src/. */
  where: string;
  selfMs: number;
  share: number;
}

export function shortenUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length);
  const src = path.indexOf('/src/');
  if (src >= 0) return path.slice(src + 1);
  // Astro bundles src/ into prerender chunks; keep the chunk name (e.g. site_x2OU37Is.mjs).
  const chunk = path.indexOf('/.prerender/chunks/');
  return chunk >= 0 ? `chunks/${path.slice(chunk + '/.prerender/chunks/'.length)}` : path;
}

/** Self time per function (same name and location summed), most first. */
export function summariseProfile(profile: CpuProfile, top = 25): HotFunction[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<string, { name: string; where: string; us: number }>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const name = frame.functionName || '(anonymous)';
    const where = frame.url ? `${shortenUrl(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${name}@${where}`;
    const entry = selfUs.get(key) ?? { name, where, us: 0 };
    entry.us += delta;
    selfUs.set(key, entry);
  });
  return [...selfUs.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map(({ name, where, us }) => ({ name, where, selfMs: Math.round(us / 1000), share: total ? Math.round((us / total) * 1000) / 10 : 0 }));
}

/** Self time per package (or `src/` file), to see which layer the time goes to. */
export function summariseByPackage(profile: CpuProfile, top = 15): { where: string; selfMs: number; share: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const url = byId.get(id)?.callFrame.url ?? '';
    const short = shortenUrl(url);
    const parts = short.split('/');
    const where = !url
      ? '(native, GC, idle)'
      : short.startsWith('src/') || short.startsWith('chunks/')
        ? short
        : short.startsWith('@')
          ? parts.slice(0, 2).join('/')
          : parts[0]!;
    totals.set(where, (totals.get(where) ?? 0) + delta);
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, us]) => ({ where, selfMs: Math.round(us / 1000), share: total ? Math.round((us / total) * 1000) / 10 : 0 }));
}
