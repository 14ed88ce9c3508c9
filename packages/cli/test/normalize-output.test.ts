/**
 * Normalize's writer takes an unchanged article's result as the cache holds it, its JSON text, and copies the records'
 * lines without parsing them: the files must be the bytes that writing the parsed result gives.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NormalizedWriter, type Normalized } from '../src/normalize-output.ts';
import { stagePaths } from '../src/paths.ts';

/** Results shaped as normalizeTask's, with text that needs escaping, nested lists and an article with nothing found. */
const results = [
  {
    article_id: 'wire-1',
    facts: [{ fact_id: 'wire-1-f1', quote: 'Officials said "at least 12, perhaps 15" died in {Goma}.', killed: 12, places: [['Goma', 'CD']] }],
    unresolved: [{ article_id: 'wire-1', text: 'the \\ camp, east' }],
    mentions: [{ article_id: 'wire-1', place_id: 'x1' }, { article_id: 'wire-1', place_id: '' }],
    country: 'CD',
    country_evidence: 'dateline',
  },
  { article_id: 'sitrep-2', facts: [], unresolved: [], mentions: [], country: '' },
] as unknown as Normalized[];

function write(add: (w: NormalizedWriter, r: Normalized) => void) {
  const out = mkdtempSync(join(tmpdir(), 'frontline-normalized-'));
  mkdirSync(join(out, 'stages'));
  const paths = stagePaths(out);
  const writer = new NormalizedWriter(paths, false);
  for (const r of results) add(writer, r);
  const counts = writer.commit(null);
  const files = [paths.normalized, paths.unresolved, paths.mentions].map((p) => readFileSync(p, 'utf8'));
  return { counts, files, countries: [...writer.countries] };
}

describe("normalize's writer", () => {
  it("copies a cached result's records as the lines that writing it parsed gives, with the same counts and countries", () => {
    const parsed = write((w, r) => w.add(JSON.parse(JSON.stringify(r))));
    const copied = write((w, r) => w.addText(JSON.stringify(r)));
    expect(copied).toEqual(parsed);
    expect(parsed.counts).toEqual({ facts: 1, mentions: 2, unresolved: 1 });
    expect(copied.countries).toEqual([['wire-1', { country: 'CD', country_evidence: 'dateline' }], ['sitrep-2', { country: '', country_evidence: undefined }]]);
  });

  it('refuses a result as text when it holds the results for corrections', () => {
    const out = mkdtempSync(join(tmpdir(), 'frontline-normalized-held-'));
    expect(() => new NormalizedWriter(stagePaths(out), true).addText(JSON.stringify(results[0]))).toThrow('held');
  });
});
