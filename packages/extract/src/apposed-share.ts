/**
 * A group's count set off by commas after its noun, then a verb of share over a toll: "Civilians, numbering 300, made
 * up most of those killed", "Soldiers, at about 40, accounted for the bulk of the dead". The figure is the group's
 * own toll, a part of the toll the sentence names, of the category the toll's words say. The verbs of share are
 * data/share-verbs.csv, as for "Children accounted for 18 of the deaths" (shares.ts).
 */
import type { Category } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { factPlaces } from './figures.ts';
import { nounHead } from './nouns.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import { shareVerbs } from './shares.ts';
import { sentenceTokens } from './text.ts';

/** The group's noun, a comma, and what may introduce the count in the apposition ("numbering", "at", "totalling"). */
const GROUP_BEFORE = /(?:^|[.;:]\s*|\b(?:and|while|but)\s+)(\p{L}+),\s+(?:(?:numbering|totall?ing|at)\s+)?$/iu;
/** After the verb of share: how much of the toll ("most of", "the majority of", "half of") and the toll's words. */
const HOW_MUCH = String.raw`(?:most|much|half|the\s+(?:majority|bulk|largest\s+(?:share|part|number)))`;
const TOLL_WORDS = String.raw`(?:those\s+(killed|wounded|injured|who\s+died)|the\s+(dead|deaths|victims|fatalities|wounded|injured))`;
const TOLL_AFTER = new RegExp(String.raw`^\s+(?:${HOW_MUCH}\s+)?of\s+${TOLL_WORDS}\b`, 'i');

/** The apposed group counts of `s` that no finder has read (`read`). */
export function apposedShares(s: string, read: Draft[], places: PlaceHit[]): Draft[] {
  const out: Draft[] = [];
  for (const q of findQuantities(s)) {
    if (q.value === null || read.some((d) => d.figStart < q.end && q.start < d.figEnd)) continue;
    const noun = GROUP_BEFORE.exec(s.slice(0, q.start))?.[1];
    const head = noun ? nounHead(noun) : null;
    if (!head || head.unit !== 'persons' || !head.group || head.group === 'people') continue;
    const comma = /^\s*,/.exec(s.slice(q.end));
    const verbEnd = comma ? shareVerbEnd(s, q.end + comma[0].length) : -1;
    const toll = verbEnd < 0 ? null : TOLL_AFTER.exec(s.slice(verbEnd));
    if (!toll) continue;
    out.push({
      kind: 'casualty', category: categoryOf(toll[1] ?? toll[2]!), group: head.group, quantity: quantityOf(q), unit: 'persons',
      count_phrase: q.phrase, figStart: q.start, figEnd: q.end, cueStart: q.start, cueEnd: verbEnd + toll[0].length,
      places: factPlaces(s, places, verbEnd + toll[0].length), actor_text: '', cumulative: false,
    });
  }
  return out;
}

/** Where a verb of share that opens at `at` (past spaces) ends, or -1 when none does. */
function shareVerbEnd(s: string, at: number): number {
  const tokens = sentenceTokens(s);
  const k = tokens.findIndex((t) => t.start >= at);
  if (k < 0) return -1;
  for (const verb of shareVerbs()) {
    const words = tokens.slice(k, k + verb.words.length);
    if (words.length === verb.words.length && verb.words.every((w, j) => words[j]!.lemma === w || words[j]!.text.toLowerCase() === w)) {
      return words.at(-1)!.end;
    }
  }
  return -1;
}

const categoryOf = (word: string): Category => (/wounded|injured/i.test(word) ? 'injured' : 'killed');
