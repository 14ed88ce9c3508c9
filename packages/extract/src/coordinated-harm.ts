/**
 * "40 soldiers were killed or wounded", "the strikes killed or injured 40 people", "left 25 dead or injured": one count
 * for two harms read together. Like "N casualties" (the data contract's convention), it gives a `killed` and an
 * `injured` fact with the same count; a frame reads only the harm word nearest its count, so the other one is added
 * here. The words are data (data/harm-words.csv); a breakdown that gives the two harms their own counts ("12 killed
 * and 30 wounded") has a number between them and is not a pair.
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import type { Category } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { readDataFile } from './data.ts';
import { frames } from './frames.ts';

const ROWS = parseRegistry(readDataFile('harm-words.csv'), 'harm-words.csv', ['word', 'category']);
const CATEGORY = new Map(ROWS.map((r) => [r.word!.toLowerCase(), r.category as Category]));
const WORD = alternation(ROWS.map((r) => r.word!));
/**
 * "the death of hundreds of civilians killed and wounded": a harm noun whose "of" complement holds the count (frames.csv
 * rows of role `of`: death, killing, massacre ...) says which harm the figure is; the pair after it does not add one.
 */
const HARM_NOUN = frames().filter((f) => f.pos === 'NOUN' && f.count_role === 'of' && (f.category === 'killed' || f.category === 'injured'));
const OF_HARM_NOUN = new RegExp(String.raw`\b(?:${alternation(HARM_NOUN.flatMap((f) => [f.lemma, ...f.forms]))})s?\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$`, 'iu');
// "killed/maimed": tables and label lines join the pair with a slash.
const PAIR = new RegExp(String.raw`\b(${WORD})(?:\s+(?:or|and(?:\/or)?|and\s+/\s+or)\s+|\s*/\s*)(${WORD})\b`, 'giu');

/** The twin facts of coordinated harms: for each casualty draft whose harm word is one of a pair, the other harm. */
export function coordinatedHarms(s: string, drafts: Draft[]): Draft[] {
  const twins: Draft[] = [];
  for (const m of s.matchAll(PAIR)) {
    const [a, b] = [CATEGORY.get(m[1]!.toLowerCase()), CATEGORY.get(m[2]!.toLowerCase())];
    if (!a || !b || a === b) continue;
    const [start, end] = [m.index!, m.index! + m[0].length];
    for (const d of drafts) {
      if (d.kind !== 'casualty' || (d.category !== a && d.category !== b) || d.part) continue;
      if (OF_HARM_NOUN.test(s.slice(0, d.figStart))) continue;
      if (!(d.cueStart < end && start < d.cueEnd)) continue;
      const other = d.category === a ? b : a;
      const known = [...drafts, ...twins].some((o) => o.kind === 'casualty' && o.category === other && o.figStart === d.figStart && o.figEnd === d.figEnd);
      if (!known) twins.push({ ...d, category: other });
    }
  }
  return twins;
}
