import { createHash } from 'node:crypto';
import type { GoldFact } from './gold.ts';
import type { SourceRow } from './sources.ts';

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/**
 * The manifest of the frozen test part (corpus/real/test-part.sha256): one line per test text with the hash of its
 * bytes and of its gold facts. A change to a test text, its gold, or which texts are in the test part shows as a
 * difference; the manifest is only rewritten by a deliberate `pipeline corpus --freeze`.
 */
export function testPartManifest(
  rows: SourceRow[],
  split: Map<string, 'dev' | 'test'>,
  textOf: (row: SourceRow) => Uint8Array,
  gold: GoldFact[],
): string {
  const lines = rows
    .filter((r) => split.get(r.article) === 'test')
    .sort((a, b) => (a.article < b.article ? -1 : 1))
    .map((r) => {
      const facts = gold.filter((g) => g.article === r.article).map((g) => JSON.stringify(g)).sort().join('\n');
      return `${sha256(textOf(r))}  ${sha256(facts)}  ${r.genre}  ${r.file}`;
    });
  return lines.join('\n') + '\n';
}
