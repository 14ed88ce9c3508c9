/**
 * Where a CPU profile's time goes, by function: each function's share of the samples, inclusive (its callees
 * counted, a recursive function once per sample) and self, and with `--under NAME` the split of NAME's time among the
 * functions it calls directly. Functions are named with their file and column: the TypeScript that tsx runs keeps
 * each file on few lines, so the column tells two functions of one name apart.
 * Reads a `.cpuprofile` file, or the largest one in a folder (`node --cpu-prof --cpu-prof-dir DIR` writes one per
 * thread; the main thread's, which runs the work, is the largest).
 * Usage: pnpm exec tsx scripts/profile-summary.ts FILE|DIR [--top 30] [--under extractArticle]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
/** Microseconds by function name, and the profile's total. */
export interface Summary {
  total: number;
  inclusive: Map<string, number>;
  self: Map<string, number>;
  under: Map<string, number>;
}

export const frameName = (n: ProfileNode): string =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.columnNumber}`;

/** The summary of a profile; `target`: the function whose direct callees `under` splits its time among. */
export function summarize(profile: Profile, target = ''): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = new Map<number, number>();
  profile.samples.forEach((id, k) => own.set(id, (own.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
  const kids = (n: ProfileNode) => (n.children ?? []).map((c) => byId.get(c)!);
  const timeOf = (n: ProfileNode): number => (own.get(n.id) ?? 0) + kids(n).reduce((a, c) => a + timeOf(c), 0);
  const summary: Summary = { total: [...own.values()].reduce((a, b) => a + b, 0), inclusive: new Map(), self: new Map(), under: new Map() };
  const add = (m: Map<string, number>, key: string, us: number) => m.set(key, (m.get(key) ?? 0) + us);
  // Each sample counts once for every name on its stack: a recursive call adds nothing to its outer call's time.
  const walk = (n: ProfileNode, stack: Set<string>, inTarget: boolean): number => {
    const key = frameName(n);
    add(summary.self, key, own.get(n.id) ?? 0);
    const outermost = !inTarget && n.callFrame.functionName === target;
    if (outermost) add(summary.under, '(self)', own.get(n.id) ?? 0);
    if (outermost) for (const c of kids(n)) add(summary.under, frameName(c), timeOf(c));
    const inner = stack.has(key) ? stack : new Set([...stack, key]);
    const sum = kids(n).reduce((a, c) => a + walk(c, inner, inTarget || outermost), own.get(n.id) ?? 0);
    if (!stack.has(key)) add(summary.inclusive, key, sum);
    return sum;
  };
  if (profile.nodes[0]) walk(profile.nodes[0], new Set(), false);
  return summary;
}

/** The file itself, or the largest profile in the folder. */
function profileFile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(path, f));
  if (!files.length) throw new Error(`no .cpuprofile in ${path}`);
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

if (process.argv[1] === import.meta.filename) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' }, under: { type: 'string' } } });
  if (!positionals[0]) throw new Error('usage: profile-summary.ts FILE|DIR [--top N] [--under NAME]');
  const s = summarize(JSON.parse(readFileSync(profileFile(positionals[0]), 'utf8')) as Profile, values.under);
  const print = (title: string, times: Map<string, number>) => {
    console.log(`--- ${title}`);
    for (const [key, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
      console.log(`${((100 * us) / s.total).toFixed(1).padStart(5)} %  ${key.slice(0, 160)}`);
  };
  console.log(`${(s.total / 1000).toFixed(0)} ms sampled`);
  print('inclusive', s.inclusive);
  print('self', s.self);
  if (values.under) print(`under ${values.under} (its direct callees)`, s.under);
}
