/**
 * The style rule "a regex over 120 characters is a sign that a grammar or a data table wants to exist", checked over
 * every package's sources: no regular-expression literal, and no pattern written out for `new RegExp(...)`, is longer.
 * A long pattern is built from named parts (`new RegExp(String.raw\`...${PART}...\`)`, each part short) or its words
 * are read from a data table.
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

describe('long regular-expression literals', () => {
  it('are found by the parser, not by slashes on a line', () => {
    const long = `/${'(?:a|b)'.repeat(20)}/`;
    const text = `const a = ${long};\nconst b = x / y / z;\nconst c = 'http://a/${'b'.repeat(200)}/';\nconst d = /short/;\n`;
    expect(longRegexLiterals('sample.ts', text, LIMIT)).toEqual([{ line: 1, length: long.length }]);
  });

  it('count a pattern written out for RegExp, but not the named parts it interpolates', () => {
    const words = '(?:a|b)'.repeat(20);
    const text = [
      `const a = new RegExp('${words}', 'i');`,
      `const b = new RegExp(String.raw\`^\${PART}\${PART}\${PART}$\`);`,
      `const c = RegExp(\`\${PART}${words}\`);`,
    ].join('\n');
    expect(longRegexLiterals('sample.ts', text, LIMIT)).toEqual([{ line: 1, length: 140 }, { line: 3, length: 140 }]);
  });

  it('are none in any package\'s sources', () => {
    const long = packageSources().flatMap((path) =>
      longRegexLiterals(path, readFileSync(path, 'utf8'), LIMIT).map((r) => `${relative(ROOT, path)}:${r.line} (${r.length})`));
    expect(long, 'split these into named parts or move their words to a data table').toEqual([]);
  });
});
