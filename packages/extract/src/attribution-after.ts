/**
 * A figure stated bare and credited by the next sentence, which says nothing but whose it is: "At least 9 civilians
 * were killed and 23 wounded. That is according to the regional administration." / "... The figures come from the
 * health ministry." The second sentence has no figure of its own, names a source, and opens on a back-reference to
 * the figures (a demonstrative standing alone before its verb, or a figure noun of data/figure-references.csv), so
 * its source is the reporter of the sentence before, in the same paragraph (basis `stated`). It replaces only what
 * the text supplied for want of a source (the document's author, a roundup's carry), never a source stated or
 * quoted in the figure's own sentence.
 */
import type { ExtractedFact } from '@frontline/schema';
import { parseRegistry } from '@frontline/schema';
import { escapeRe } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';

const FILE = 'figure-references.csv';
/** A demonstrative standing for what was said before, right before its verb: "That is according to X". */
const DEMONSTRATIVE = String.raw`(?:that|this|these|those)\s+(?:is|was|are|were|comes?|came)\b`;
/** Bases that fill a reporter only because the figure's sentence named none. */
const FALLBACK = new Set(['', 'document_author', 'carried_from_previous']);
let opening: RegExp | null = null;

/** Parses the table's text (a broken row stops the stage with its line). */
export function parseFigureReferences(text: string, file = FILE): string[] {
  return parseRegistry(text, file, ['word', 'example']).map((r) => r.word!.toLowerCase());
}

/** Whether a sentence opens on a back-reference to the figures before it ("That is ...", "The figures come ..."). */
export function refersBack(s: string): boolean {
  if (!opening) {
    const nouns = parseFigureReferences(readDataFile(FILE)).map(escapeRe).join('|');
    const noun = String.raw`(?:the|these|those|this|that)\s+(?:[\p{Ll}-]+\s+)?(?:${nouns})s?\b`;
    opening = new RegExp(String.raw`^[\s"“]*(?:${DEMONSTRATIVE}|${noun})`, 'iu');
  }
  return opening.test(s);
}

/**
 * Credits the figures of the sentence before (`previous`, its index) with `names`, the sources of a sentence that
 * only attributes: it has no figure (`figures` is 0), refers back, and starts no paragraph.
 */
export function creditBefore(facts: ExtractedFact[], previous: number, s: string, names: string[], figures: number, paragraphStart: boolean): void {
  if (figures > 0 || !names.length || paragraphStart || !refersBack(s)) return;
  for (const fact of facts) {
    if (fact.sentence_index !== previous || !FALLBACK.has(fact.reporter_basis ?? '')) continue;
    [fact.reporter_texts, fact.reporter_basis] = [[...names], 'stated'];
  }
}
