/**
 * "..., bringing the number of captured villages to 26", "raising the total of towns retaken to 40": a side's running
 * count of places taken. The figure counts every place taken so far (cumulative), by the side the clause is about.
 */
import type { ArticleMemory, Draft } from './draft.ts';
import { claimant, subjectActor } from './actors.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import { wordsPattern } from './territory-words.ts';

const TAKEN = wordsPattern('taken', 'secured', 'cleared', 'held');
const NOUN = String.raw`(?:villages|towns|settlements|hamlets|localities|farms|hills|positions|neighbou?rhoods|districts)`;
/** The count's noun phrase, with a word of capture before or after it: "captured farms and villages", "towns retaken". */
const RUNNING = new RegExp(
  String.raw`,?\s*\b(?:bringing|raising|taking|pushing)\s+(?:the|its|their)\s+(?:total\s+)?(?:number|total|tally|count)\s+of\s+` +
    String.raw`(?:(${TAKEN})\s+)?(?:${NOUN}\s+(?:and|or)\s+)?${NOUN}(?:\s+(?:it\s+had\s+|they\s+had\s+)?(${TAKEN}))?\s+to\s+`,
  'giu',
);

export function placeTotals(s: string, memory: ArticleMemory, recent: (m: ArticleMemory) => string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of s.matchAll(RUNNING)) {
    if (!m[1] && !m[2]) continue;
    const at = m.index! + m[0].length;
    const q = findQuantities(s.slice(at, at + 30))[0];
    if (!q || q.value === null || q.start !== 0) continue;
    drafts.push({
      kind: 'territory', category: 'captured', group: '', unit: 'places',
      quantity: quantityOf(q),
      count_phrase: s.slice(at + q.start, at + q.end),
      figStart: at + q.numStart, figEnd: at + q.numEnd, cueStart: m.index!, cueEnd: at + q.end,
      places: [],
      actor_text: subjectActor(s, m.index!) || claimant(s, m.index!) || recent(memory),
      cumulative: true,
    });
  }
  return drafts;
}
