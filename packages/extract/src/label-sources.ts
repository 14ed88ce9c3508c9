/**
 * Words that make a label a source's (data/label-sources.csv): claim nouns ("estimate", "count") that say a figure is
 * a source's stated count, and bodies ("office", "officials") that count. Read by frame-finder's `claimLabel` and by
 * labelled-estimates.ts.
 */
import { escapeRe } from '@frontline/nlp/dates';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';

const FILE = 'label-sources.csv';
const ROWS = parseRegistry(readDataFile(FILE), FILE, ['word', 'kind']);

/** The table's words of one kind (`claim` or `body`), lower-cased. */
export function labelSourceWords(kind: 'claim' | 'body'): string[] {
  return ROWS.filter((r) => r.kind === kind).map((r) => r.word!.toLowerCase());
}

/** The claim nouns, escaped, as one regular-expression alternation. */
export const CLAIM_WORDS = labelSourceWords('claim').map(escapeRe).join('|');
/** The claim nouns and the bodies, escaped, as one alternation: any word that makes a label a source's. */
export const SOURCE_WORDS = [...labelSourceWords('claim'), ...labelSourceWords('body')].map(escapeRe).join('|');

/** Nouns of a source's stated count that label the figure after a colon: "UN estimate:", "Police count:". */
export const CLAIM_NOUNS = new Set(labelSourceWords('claim'));
