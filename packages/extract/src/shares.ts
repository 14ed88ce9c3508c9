/**
 * "Children accounted for 18 of the deaths", "Civilians made up 31 of the fatalities": a verb of share (the table
 * data/share-verbs.csv) between a group noun and a partitive figure says who the part of the toll are.
 */
import { listCell, parseRegistry } from '@frontline/schema';
import type { Group } from '@frontline/schema';
import type { Token } from '@frontline/nlp';
import { readDataFile } from './data.ts';
import { nounHead } from './nouns.ts';

export interface ShareVerb {
  /** Lemmas of the verb and its particle ("account for"). */
  words: string[];
  examples: string[];
}

const FILE = 'share-verbs.csv';

export function parseShareVerbs(text: string, file = FILE): ShareVerb[] {
  return parseRegistry(text, file, ['phrase', 'examples']).map((r) => ({
    words: r.phrase!.toLowerCase().split(/\s+/),
    examples: listCell(r.examples),
  }));
}

let cached: ShareVerb[] | null = null;

export function shareVerbs(): ShareVerb[] {
  cached ??= parseShareVerbs(readDataFile(FILE));
  return cached;
}

/**
 * The group named as the subject of a verb of share right before the token at `at` (the figure's first token), or
 * '' when there is none: "Children accounted for [18] of the deaths" gives children.
 */
export function shareGroup(tokens: Token[], at: number): Group | '' {
  for (const verb of shareVerbs()) {
    const from = at - verb.words.length;
    if (from < 1 || !verb.words.every((w, j) => tokens[from + j]!.lemma === w || tokens[from + j]!.text.toLowerCase() === w)) continue;
    // The subject's noun, past auxiliaries and adverbs ("Children have also accounted for").
    let k = from - 1;
    while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
    const noun = tokens[k];
    if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return '';
    const head = nounHead(noun.text);
    return head?.unit === 'persons' && head.group !== 'people' ? head.group : '';
  }
  return '';
}
