/**
 * The style rule "a regex over 120 characters is a sign that a grammar or a data table wants to exist", checked over
 * every package's sources. Long literals that remain are counted per file in long-regex-ceiling.csv; a file may never
 * hold more than its ceiling (a new long regex fails here), and a ceiling above the file's count must come down, so a
 * regex once split into named parts or moved to a data table stays that way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli.ts';
import { longRegexLiterals } from './long-regex.ts';

const LIMIT = 120;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function packageSources(): string[] {
  const packages = join(ROOT, 'packages');
  return readdirSync(packages)
    .map((p) => join(packages, p, 'src'))
    .flatMap((src) => { try { return sources(src); } catch { return []; } })
    .sort();
}

function ceilings(): Map<string, number> {
  const rows = readFileSync(join(import.meta.dirname, 'long-regex-ceiling.csv'), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((r) => { const [file, n] = r.split(','); return [file!, Number(n)]; }));
}

describe('long regular-expression literals', () => {
  it('are found by the scanner, not by slashes on a line', () => {
    const long = `/${'(?:a|b)'.repeat(20)}/`;
    const text = `const a = ${long};\nconst b = x / y / z;\nconst c = 'http://a/${'b'.repeat(200)}/';\nconst d = /short/;\n`;
    expect(longRegexLiterals('sample.ts', text, LIMIT)).toEqual([{ line: 1, length: long.length }]);
  });

  it('never grow past their file\'s ceiling, and the ceilings stay tight', () => {
    const limits = ceilings();
    const counts = new Map<string, number>();
    for (const path of packageSources()) {
      const n = longRegexLiterals(path, readFileSync(path, 'utf8'), LIMIT).length;
      if (n > 0) counts.set(relative(ROOT, path), n);
    }
    const over = [...counts].filter(([f, n]) => n > (limits.get(f) ?? 0)).map(([f, n]) => `${f}: ${n} > ${limits.get(f) ?? 0}`);
    const slack = [...limits].filter(([f, n]) => (counts.get(f) ?? 0) < n).map(([f, n]) => `${f}: ceiling ${n}, now ${counts.get(f) ?? 0}`);
    expect(over, 'split the new long regex into named parts or move its words to a data table').toEqual([]);
    expect(slack, 'lower these ceilings in long-regex-ceiling.csv').toEqual([]);
  });
});
