/**
 * The article's title when front matter gives none: its first line that reads like a headline. The title line stays
 * in the clean text, since headlines carry facts too ("... as thousands flee").
 */
import type { Sentence } from '@frontline/schema';
import { dateOnlyLine } from './dateline.ts';
import { isTitleLike } from './lines.ts';

/** Headlines open the page: a headline-like line further down is a section heading. */
const HEADLINE_LINES = 3;
const MAX_TITLE_CHARS = 200;
/** When no line is a headline, the first sentence stands in, cut to this many characters. */
const FALLBACK_CHARS = 160;

export function pickTitle(text: string, sentences: Sentence[]): string {
  const top = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, HEADLINE_LINES);
  const headline = top.find((line) => isTitleLike(line, MAX_TITLE_CHARS) && !dateOnlyLine(line) && /^[\p{L}\p{N}“"‘']/u.test(line));
  return headline ?? fallbackTitle(sentences[0]?.text ?? '');
}

/** The first sentence without its final period, cut at a word boundary when long. */
function fallbackTitle(sentence: string): string {
  const bare = sentence.replace(/\.$/, '');
  if (bare.length <= FALLBACK_CHARS) return bare;
  const cut = bare.slice(0, FALLBACK_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:–—-]+$/, '')}…`;
}
