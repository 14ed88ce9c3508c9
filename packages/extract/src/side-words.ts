/**
 * Words that name the side a fighter belongs to ("pro-regime fighters", "12 ISIS militants", "two Turkish soldiers"),
 * read from data/side-words.csv. A word is matched as written (`exact`: "IS" and "US" are no pronouns) or in any
 * case (`any`: "Rebel fighters" at a sentence's start).
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';

export const SIDES = ['isis', 'foreign', 'government', 'opposition'] as const;
export type Side = (typeof SIDES)[number];
const CASES = ['exact', 'any'] as const;

const FILE = 'side-words.csv';
const ROWS = parseRegistry(readDataFile(FILE), FILE, ['word', 'side', 'case'], { side: SIDES, case: CASES });

/** One pattern per case a side's words use; built once. */
const PATTERNS = new Map<Side, RegExp[]>(
  SIDES.map((side) => [
    side,
    CASES.flatMap((c) => {
      const words = ROWS.filter((r) => r.side === side && r.case === c).map((r) => r.word!);
      return words.length ? [new RegExp(String.raw`\b(?:${alternation(words)})\b`, c === 'any' ? 'i' : '')] : [];
    }),
  ]),
);

/** The first word in `text` naming `side`, as written there; '' when none does. */
export function sideWord(side: Side, text: string): string {
  const hits = PATTERNS.get(side)!.map((p) => p.exec(text)).filter((m) => m !== null);
  // Earliest first; at one place the longer word, as within one alternation.
  hits.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  return hits[0]?.[0] ?? '';
}
