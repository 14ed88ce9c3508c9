/**
 * fact_key: the id corrections target. It must survive re-runs and code changes wherever the sentence is unchanged,
 * so it is built only from the text: the article id, a hash of the fact's sentence, and the figure's words and
 * offsets inside that sentence. Nothing positional in the article (sentence index, order of facts) goes in: a
 * sentence added above, or a rule that finds one more fact elsewhere, leaves every other key as it was. When the
 * sentence is edited or removed the key disappears, and a correction that named it is reported stale.
 *
 * Two facts read from one figure (rare: the same words counted as two categories or groups) are told apart by kind,
 * category and group, added to the hash only for them (and, failing that, by their rank).
 */
import { createHash } from 'node:crypto';
import type { ExtractedFact } from './types.ts';

const KEY_LENGTH = 16; // hex digits: 64 bits, no collision expected within one article

const hash = (parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, KEY_LENGTH);

type KeyFields = Pick<ExtractedFact, 'article_id' | 'quote' | 'char_start' | 'figure_start' | 'figure_end'>;

/** The key of a fact from its sentence and figure span (offsets inside the sentence, so moving the sentence keeps it). */
export function factKey(f: KeyFields): string {
  const start = f.figure_start - f.char_start;
  const end = f.figure_end - f.char_start;
  return hash([f.article_id, hash([f.quote]), String(start), String(end), f.quote.slice(start, end)]);
}

/**
 * Sets fact_key on every fact of one article; facts sharing a figure span get kind, category and group in theirs, and
 * should two still share one, the later ones also their rank among them (in reading order), so keys stay unique.
 */
export function withFactKeys(facts: ExtractedFact[]): ExtractedFact[] {
  const base = facts.map(factKey);
  const count = new Map<string, number>();
  for (const k of base) count.set(k, (count.get(k) ?? 0) + 1);
  const seen = new Map<string, number>();
  return facts.map((f, i) => {
    const k = base[i]!;
    const typed = count.get(k)! > 1 ? hash([k, f.kind, f.category, f.group]) : k;
    const rank = seen.get(typed) ?? 0;
    seen.set(typed, rank + 1);
    return { ...f, fact_key: rank === 0 ? typed : hash([typed, String(rank)]) };
  });
}
