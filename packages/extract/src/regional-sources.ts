/**
 * A news item that credits several officials on one "Source:" line, each with the region he heads, and then gives
 * each region's figures in turn ("Source: Pavlo Kyrylenko, Head of Donetsk Oblast Military Administration; Oleh
 * Syniehubov, Head of Kharkiv Oblast Military Administration"): a figure the item attributes to no one is the
 * official's whose region its sentence names, or whose surname a "Quote from X:" opening gives. A sentence naming
 * no listed region goes on with the one before it ("Another 13 people have been injured in the oblast."); one naming
 * two regions says nothing of whose its figures are, and they stay the item's.
 */
import type { ExtractedFact, IngestedArticle } from '@frontline/schema';
import { regionalSourceLine } from './authorship.ts';
import { escapeRe } from '@frontline/nlp/dates';

const QUOTE_FROM = /^\s*Quote\s+from\s+([\p{Lu}][\p{L}'’-]+)/u;

const lastWord = (name: string) => name.split(/\s+/).pop() ?? '';

/** Gives each unattributed fact of such an item the official of its sentence's region (basis `stated`). */
export function creditRegionalSources(facts: ExtractedFact[], article: IngestedArticle): void {
  const officials = regionalSourceLine(article);
  if (!officials.length) return;
  const regionOf = officials.map((o) => new RegExp(String.raw`(?<![\p{L}])(?:${o.regions.map(escapeRe).join('|')})(?![\p{L}])`, 'u'));
  const bySentence = new Map<number, string>();
  let previous: string | undefined;
  for (const sentence of article.sentence_list) {
    const s = article.text.slice(sentence.start, sentence.end) || sentence.text;
    const quoted = QUOTE_FROM.exec(s)?.[1];
    const named = officials.filter((_, i) => regionOf[i]!.test(s));
    const byQuote = quoted ? officials.find((o) => lastWord(o.name) === quoted) : undefined;
    const current = byQuote?.name ?? (named.length === 1 ? named[0]!.name : named.length ? undefined : previous);
    if (current) bySentence.set(sentence.index, current);
    previous = current;
  }
  for (const fact of facts) {
    const official = bySentence.get(fact.sentence_index);
    if (!official || (fact.reporter_texts.length && fact.reporter_basis !== 'document_author')) continue;
    [fact.reporter_texts, fact.reporter_basis] = [[official], 'stated'];
  }
}
