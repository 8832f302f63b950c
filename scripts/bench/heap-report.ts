/**
 * What holds a heap snapshot's memory: self size by kind, by nearest named owner (with the
 * dominator path to it), and the dominator tree's large subtrees.
 *   npm run bench:heap -- FILE.heapsnapshot [--top 30] [--min-mb 2] [--depth 14]
 * A 400 MB snapshot needs about 2 GB of heap: `NODE_OPTIONS=--max-old-space-size=4096`.
 */
import { readFileSync } from 'node:fs';
import { parseCommandLine } from '../lib/cli';
import { assignOwners, breakdownOwner, parseOwnerGroup, retainedByGroup, selectGroup, computeDominators, describe, dominatorPath, parseHeapSnapshot, summariseByKind, toGraph } from './heap-snapshot';

const USAGE =
  'Usage: npm run bench:heap -- FILE.heapsnapshot [--top 30] [--min-mb 2] [--depth 14] [--owner LABEL]… [--strings N]\n' +
  '       [--group "label=class:Name|var:name|edge:name|text:…"]…\n' +
  'Prints the live heap, self size by kind, self size by nearest named owner (class instance or scope variable)\n' +
  'with its dominator path, what each --group holds (freed if only it went), what each --owner is charged with, the N largest strings, and the dominator subtrees\n' +
  'of at least --min-mb MB.';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

function main() {
  const { values, positionals } = parseCommandLine(USAGE, {
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '30' },
      'min-mb': { type: 'string', default: '2' },
      depth: { type: 'string', default: '14' },
      owner: { type: 'string', multiple: true, default: [] },
      strings: { type: 'string', default: '0' },
      group: { type: 'string', multiple: true, default: [] },
    },
  });
  const file = positionals[0];
  if (!file) {
    console.error(USAGE);
    process.exit(2);
  }
  const top = Number(values.top);
  const snap = parseHeapSnapshot(readFileSync(file));
  const g = toGraph(snap);
  const d = computeDominators(g, snap.edgeTypes.indexOf('weak'));
  console.log(`${file}: ${g.count} nodes, ${d.postOrder.length} reachable, live ${mb(d.retained[0]!)} MB`);

  console.log(`\n| self MB | objects | kind |\n|---:|---:|---|`);
  for (const k of summariseByKind(g, d).slice(0, top)) console.log(`| ${mb(k.bytes)} | ${k.count} | ${k.kind.slice(0, 80)} |`);

  console.log(`\n| self MB charged | of it shared | objects | nearest owner | largest instance's retained MB, dominator path |\n|---:|---:|---:|---|---|`);
  const assignment = assignOwners(g, d);
  for (const o of assignment.owners.slice(0, top)) {
    const path = dominatorPath(g, d, o.example).slice(-7).join(' ');
    console.log(`| ${mb(o.bytes)} | ${mb(o.sharedBytes)} | ${o.objects} | ${o.label.slice(0, 60)} | ${mb(o.exampleRetained)}: ${path} |`);
  }

  if (values.group.length > 0) {
    const weak = snap.edgeTypes.indexOf('weak');
    console.log(`\n| group | nodes named | retained MB (freed if only it went) |\n|---|---:|---:|`);
    for (const spec of values.group) {
      const group = parseOwnerGroup(spec);
      const mask = selectGroup(g, group);
      console.log(`| ${group.label} | ${mask.reduce((sum, m) => sum + m, 0)} | ${mb(retainedByGroup(g, weak, mask))} |`);
    }
  }
  for (const label of values.owner) {
    console.log(`\nWhat "${label}" is charged with (the step below it on the dominator chain :: kind):`);
    for (const b of breakdownOwner(g, d, assignment, label).slice(0, top)) console.log(`  ${mb(b.bytes)} MB ${b.objects} ${b.step.slice(0, 160)}`);
  }
  const largest = Number(values.strings);
  if (largest > 0) {
    const strings = d.postOrder.filter((n) => g.type(n) === 'string' || g.type(n) === 'concatenated string').sort((x, y) => g.selfSize[y]! - g.selfSize[x]!);
    console.log(`\nLargest ${largest} strings (self MB, first characters, path to it or to its first owned retainer):`);
    for (const n of strings.slice(0, largest)) {
      const through = assignment.via[n]!;
      console.log(`  ${mb(g.selfSize[n]!)} ${describe(g, n)} :: ${dominatorPath(g, d, through).slice(-6).join(' ')}`);
    }
  }

  // Children lists of the dominator tree, only for the large subtrees.
  const minBytes = Number(values['min-mb']) * 1e6;
  const children = new Map<number, number[]>();
  for (const n of d.postOrder) {
    if (n === 0 || d.retained[n]! < minBytes) continue;
    const parent = d.idom[n]!;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  console.log(`\nDominator subtrees of at least ${values['min-mb']} MB (retained MB, edge from the dominator if direct):`);
  const print = (n: number, depth: number) => {
    for (const c of (children.get(n) ?? []).sort((a, b) => d.retained[b]! - d.retained[a]!)) {
      const path = dominatorPath(g, d, c);
      console.log(`${'  '.repeat(depth)}${mb(d.retained[c]!)} ${path[path.length - 1]}`);
      if (depth < Number(values.depth)) print(c, depth + 1);
    }
  };
  print(0, 0);
}

main();
