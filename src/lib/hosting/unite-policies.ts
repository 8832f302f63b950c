/**
 * One header policy for all pages. Astro writes a policy into each page's meta tag; the pages'
 * policies differ only in the hashes of the inline scripts and styles each page has. United
 * directive by directive, they make one header that every host can send with one rule for all
 * pages (instead of one per page). The browser enforces the header and the meta tag together,
 * so a page still runs only the inline code its own meta tag allows.
 */
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/_-]+={0,2}'$/;

interface Directive {
  name: string;
  sources: string[];
}

/** A policy's directives; a directive named twice counts once, the first time, as browsers read it. */
function parseDirectives(policy: string): Directive[] {
  const directives = new Map<string, Directive>();
  for (const [name, ...sources] of policy.split(';').map((part) => part.trim().split(/\s+/))) {
    const key = name!.toLowerCase();
    if (key && !directives.has(key)) directives.set(key, { name: key, sources });
  }
  return [...directives.values()];
}

const otherThanHashes = (sources: readonly string[]): string[] => sources.filter((source) => !HASH.test(source));

/**
 * The policy that allows what any of `policies` allows and nothing more. They must have the same
 * directives with the same sources apart from hashes: a page with a directive of its own, or a
 * keyword such as `'unsafe-inline'` (which hashes would switch off in a united list), cannot
 * share a header with the others, and that is an error naming the directive. Hashes are sorted,
 * so the result does not depend on the order of `policies`.
 */
export function unitePolicies(policies: readonly string[]): string {
  const [first, ...rest] = policies.map(parseDirectives);
  if (!first) throw new Error('unitePolicies: no policy to unite');
  const names = first.map((directive) => directive.name).sort().join(', ');
  const problems: string[] = [];
  const hashes = new Map(first.map((directive) => [directive.name, new Set(directive.sources.filter((source) => HASH.test(source)))]));
  rest.forEach((policy, index) => {
    const theirs = policy.map((directive) => directive.name).sort().join(', ');
    if (theirs !== names) {
      problems.push(`policy ${index + 2} has the directives ${theirs}, policy 1 ${names}`);
      return;
    }
    for (const directive of policy) {
      const mine = first.find((own) => own.name === directive.name)!;
      const [a, b] = [otherThanHashes(mine.sources).sort().join(' '), otherThanHashes(directive.sources).sort().join(' ')];
      if (a !== b) problems.push(`${directive.name}: policy ${index + 2} allows "${b}", policy 1 "${a}" (only hashes may differ)`);
      for (const source of directive.sources) if (HASH.test(source)) hashes.get(directive.name)!.add(source);
    }
  });
  // A hash in a list switches 'unsafe-inline' off: a page that relied on it, with no hash of its own, would lose its inline code.
  if (problems.length === 0) {
    for (const { name, sources } of first) {
      if (!sources.some((source) => source.toLowerCase() === "'unsafe-inline'") || hashes.get(name)!.size === 0) continue;
      const without = [first, ...rest].findIndex((policy) => !policy.find((directive) => directive.name === name)!.sources.some((source) => HASH.test(source)));
      if (without !== -1) problems.push(`${name}: policy ${without + 1} relies on 'unsafe-inline', which the other policies' hashes would switch off`);
    }
  }
  if (problems.length > 0) throw new Error(`The pages' policies cannot share one header:\n  ${problems.join('\n  ')}`);
  return first.map(({ name, sources }) => [name, ...otherThanHashes(sources), ...[...hashes.get(name)!].sort()].join(' ')).join('; ');
}
