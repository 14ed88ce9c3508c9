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
/**
 * A sentence that tells who said what came before: "This was reported by X", "The relevant statement was made by X",
 * "X said this in a post on Telegram". Outlets that set each sentence as its own paragraph (Ukrainian, Turkish and
 * Afghan outlets' copy) put it in the paragraph after the figure's, so it may credit across that one break, which a
 * mere "That is according to X" does not.
 */
const SAID_BY = String.raw`^[\s"“]*(?:this|that|the\s+(?:[\p{Ll}-]+\s+)?statement)\s+(?:was|is|has\s+been)\s+(?:reported|stated|announced|made|confirmed)\s+by\b`;
/** "said this" with "this" as the thing said, not a determiner: not "said this week" nor "said this attack". */
const SAID_THIS = String.raw`\b(?:said|reported|stated|announced|wrote|confirmed)\s+this(?=\s*(?:[,.;]|$)|\s+(?:in|on|via|during|while|when|after)\s+(?!(?:the\s+)?(?:week|month|year|morning|evening)\b))`;
const TELLS_WHO_SAID = new RegExp(`${SAID_BY}|${SAID_THIS}`, 'iu');

/** Whether a sentence tells who said what the sentence before said (`TELLS_WHO_SAID`). */
export function tellsWhoSaid(s: string): boolean {
  return TELLS_WHO_SAID.test(s);
}

/**
 * A sentence that is only a credit line: "(Source: UNHCR)", "Sources: OCHA; WHO", "Source: the Health Cluster."
 * Reports set it under the paragraph or table whose figures it credits, so it refers back across a paragraph break.
 */
const CREDIT_LINE = /^\s*\(?\s*(?:data\s+)?sources?\s*:[^():]+\)?\s*\.?\s*$/i;

/** Whether a sentence is nothing but a credit line (`CREDIT_LINE`). */
export function isCreditLine(s: string): boolean {
  return CREDIT_LINE.test(s);
}

/**
 * A credit line of its own paragraph that gives a name's role after a comma ("Source: Ivan Petrenko, Head of Sumy
 * Oblast Military Administration") is an item's source line, read with the item (authorship.ts, regional-sources.ts),
 * not the credit of the paragraph before; a bare name or a bracketed note ("(Source: UNHCR)") is that credit.
 */
function creditsParagraphBefore(s: string): boolean {
  return isCreditLine(s) && (/^\s*\(/.test(s) || !s.includes(','));
}

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
  return opening.test(s) || tellsWhoSaid(s) || isCreditLine(s);
}

/**
 * Credits the figures of the sentence before (`previous`, its index) with `names`, the sources of a sentence that
 * only attributes: it has no figure (`figures` is 0), refers back, and starts no paragraph unless it tells who said
 * the sentence before or is a credit line that credits the paragraph before (`creditsParagraphBefore`).
 */
export function creditBefore(facts: ExtractedFact[], previous: number, s: string, names: string[], figures: number, paragraphStart: boolean): void {
  if (figures > 0 || !names.length || (paragraphStart && !tellsWhoSaid(s) && !creditsParagraphBefore(s)) || !refersBack(s)) return;
  for (const fact of facts) {
    if (fact.sentence_index !== previous || !FALLBACK.has(fact.reporter_basis ?? '')) continue;
    [fact.reporter_texts, fact.reporter_basis, fact.reporter_sentence] = [[...names], 'stated', previous + 1];
  }
}
