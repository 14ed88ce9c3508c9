/**
 * Words that name the side a fighter belongs to ("pro-regime fighters", "12 ISIS militants", "two Turkish soldiers"),
 * read from data/side-words.csv. A word is matched as written (`exact`: "IS" and "US" are no pronouns) or in any
 * case (`any`: "Rebel fighters" at a sentence's start). A word is whole when no letter or digit touches it, so an
 * initialism with its periods reads before a space or a hyphen ("U.S. troops", "U.S.-led strikes"), and the word
 * of a hyphenated compound still reads ("Turkey-backed"), except after "anti-": "anti-ISIS forces" fight ISIS, and
 * the compound is a side word only as the table has it whole ("anti-government" is the opposition).
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';

export const SIDES = ['isis', 'foreign', 'government', 'opposition'] as const;
export type Side = (typeof SIDES)[number];
const CASES = ['exact', 'any'] as const;

const FILE = 'side-words.csv';
const ROWS = parseRegistry(readDataFile(FILE), FILE, ['word', 'side', 'case'], { side: SIDES, case: CASES });

/** Neither a letter nor a digit touches the word; a hyphen may ("pro-regime", "US-led"), unless it closes "anti-". */
const BEFORE = String.raw`(?<![\p{L}\p{N}])(?<!\b(?:anti|Anti|ANTI)[-‐])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

/** One pattern per case a side's words use; built once. */
const PATTERNS = new Map<Side, RegExp[]>(
  SIDES.map((side) => [
    side,
    CASES.flatMap((c) => {
      const words = ROWS.filter((r) => r.side === side && r.case === c).map((r) => r.word!);
      return words.length ? [new RegExp(String.raw`${BEFORE}(?:${alternation(words)})${AFTER}`, c === 'any' ? 'iu' : 'u')] : [];
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
