/**
 * Joins hard-wrapped lines back into the paragraphs, list items and headings they were cut from, before boilerplate
 * removal and sentence splitting, so that a sentence broken over lines (a PDF export, a plain-text bulletin wrapped
 * at 72 columns, a wrapped list item) is read as one. This changes the clean text: a joined line break becomes one
 * space, and a word hyphenated across a line end ("displace-\nment") is mended. Every offset is into the text after
 * this step, so sentences still point exactly at their words.
 *
 * A line continues the one before it (same paragraph: no blank line between) when it does not open a list item or a
 * markdown heading, the unit it would join is not a markdown heading, and one of these holds:
 * - the line before ends in a hyphen after a letter and this line starts with a letter;
 * - the line before does not end a clause (. ! ? : ;) and this line starts with a lower-case letter;
 * - the line before ends on a word no sentence or heading ends on (a conjunction, an article, a preposition that
 *   needs its object: "between 1 and" / "14 November", "on" / "29 August"), whatever this line starts with;
 * - the line before ends on a hedge that needs its number ("killed at least" / "140 people", "displaced about" /
 *   "190,000") and this line starts with a digit;
 * - the text is wrapped at a fixed width, the line before is full (this line's first word would not have fitted
 *   on it) and does not end a clause;
 * - the unit is a list item and this line is indented under it.
 */
import { endsClause, markerLength } from './lines.ts';

/** Widest wrap width looked for: wider "lines" are paragraphs written on one line. */
const MAX_WRAP_WIDTH = 200;
const MIN_WRAP_WIDTH = 30;
/**
 * A lower-case last word that leaves its phrase open: a line of prose cut after it runs on. Closed-class words only
 * (none of them ends a heading or a label), so the list does not grow with the texts read.
 */
const LINKING_END = /(?:^|\s)(?:and|or|nor|but|of|the|a|an|to|in|on|at|from|between|by|with|for|into|than|including)$/;
/**
 * A hedge or bound that stands before a figure: a line cut after it runs on when the next line opens on a digit. The
 * digit is asked for as well because some of these words also end a heading ("What we know about").
 */
const BOUND = '(?:at least|at most|over|up to|more than|fewer than|less than)';
const ROUGHLY = '(?:an estimated|about|nearly|almost|approximately|around|roughly|some)';
const QUANTITY_LEAD = new RegExp(`(?:^|\\s)(?:${BOUND}|${ROUGHLY})$`);
/** A line counts as full when it is at least this share of the wrap width and the next word would overflow it. */
const FULL_SHARE = 0.75;

export function unwrapLines(body: string): string {
  const lines = body.split('\n');
  const width = wrapWidth(lines);
  // Each unit is kept as its pieces, one per line, and joined once at the end: work stays linear in the text even
  // for a paragraph wrapped over thousands of lines.
  const units: string[][] = [];
  let unitFirst = '';
  lines.forEach((line, i) => {
    const unit = units[units.length - 1];
    if (unit && continues(i > 0 ? lines[i - 1]! : '', unitFirst, line, width)) {
      const [head, tail] = join(unit[unit.length - 1]!, line);
      unit[unit.length - 1] = head;
      unit.push(tail);
    } else {
      units.push([line]);
      unitFirst = line.trim();
    }
  });
  return mendFlattenedHyphens(units.map((pieces) => pieces.join('')).join('\n'));
}

function continues(before: string, unitFirst: string, line: string, width: number): boolean {
  const prev = before.trimEnd();
  const next = line.trim();
  if (prev.trim() === '' || next === '') return false;
  if (markerLength(next) > 0 || /^#/.test(unitFirst)) return false;
  if (/\p{L}-$/u.test(prev) && /^\p{L}/u.test(next)) return true;
  if (endsClause(prev)) return false;
  if (/^[“"‘'(\[]?\p{Ll}/u.test(next)) return true;
  if (LINKING_END.test(prev.slice(-16))) return true;
  if (/^\d/.test(next) && QUANTITY_LEAD.test(prev.slice(-16))) return true;
  if (isFull(prev, next, width)) return true;
  return markerLength(unitFirst) > 0 && /^(?:\t| {2,})\s*\S/.test(line);
}

/** A line the wrapper filled: the next line's first word would have made it wider than the wrap width. */
function isFull(prev: string, next: string, width: number): boolean {
  const firstWord = next.split(/\s/, 1)[0]!;
  return prev.length >= width * FULL_SHARE && prev.length + 1 + firstWord.length > width;
}

/**
 * The width a text is wrapped at, or Infinity when it is not wrapped. A wrapped text has a widest line of at most
 * MAX_WRAP_WIDTH and most of its lines that run on into the next line without ending a clause reach close to it;
 * in a text written a paragraph per line, such lines are headings and labels, short.
 */
function wrapWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trimEnd().length);
  const width = lengths.reduce((max, n) => (n <= MAX_WRAP_WIDTH && n > max ? n : max), 0);
  if (width < MIN_WRAP_WIDTH) return Infinity;
  const runOn = lines.filter((l, i) => {
    const next = lines[i + 1]?.trim() ?? '';
    return l.trim() !== '' && next !== '' && markerLength(next) === 0 && !endsClause(l);
  });
  const near = runOn.filter((l) => l.trimEnd().length >= width * FULL_SHARE).length;
  return runOn.length >= 3 && near >= runOn.length * 0.6 ? width : Infinity;
}

/**
 * The lines of one paragraph, known to be one from elsewhere (a PDF's geometry), joined by the same rule as a wrapped
 * text's: a space, or nothing where a word was hyphenated across the line end.
 */
export function joinWrapped(lines: string[]): string {
  const pieces: string[] = [];
  for (const line of lines) {
    if (pieces.length === 0) pieces.push(line.trim());
    else {
      const [head, tail] = join(pieces[pieces.length - 1]!, line);
      pieces[pieces.length - 1] = head;
      pieces.push(tail);
    }
  }
  return pieces.join('');
}

/**
 * Join a continuation line to the last line of its unit, as the pair (that line, what follows it). A word
 * hyphenated at the line end loses the hyphen when both halves are lower case ("displace-" + "ment"); a capitalised
 * half keeps it ("North-" + "western", "Al-" + "Hasakeh").
 * Compounds split at their own hyphen ("self-" + "reliance") are read as one word: typesetters break at syllables far
 * more often, and the extractor reads either form.
 */
function join(last: string, line: string): [string, string] {
  const head = last.trimEnd();
  const tail = line.trim();
  const hyphenated = /(?:^|[^\p{L}])(\p{Ll}+)-$/u.exec(head);
  if (hyphenated && /^\p{Ll}/u.test(tail)) return [head.slice(0, -1), tail];
  if (/\p{L}-$/u.test(head) && /^\p{L}/u.test(tail)) return [head, tail];
  return [head, ` ${tail}`];
}

// Words after which "x- " is a suspended compound ("short- and long-term"), not a mended line break.
const SUSPENDED = /^(?:and|or|nor|to|as|but|versus|vs)\b/;

/**
 * A hyphenated line end whose line break an exporter already turned into a space: "amidst ac- cusations",
 * "Turkish- affiliated", "Al- Hasakeh". Mended as at a line end (see join), unless the second half is a conjunction:
 * "short- and long-term" is a suspended compound. A dash used as a separator has a space on both sides and stays.
 */
function mendFlattenedHyphens(text: string): string {
  return text.replace(/(?<!\p{L})(\p{L}\p{Ll}*)- (?=(\p{L}+))/gu, (whole, first: string, word: string) => {
    if (SUSPENDED.test(word)) return whole;
    return /^\p{Ll}/u.test(first) && /^\p{Ll}/u.test(word) ? first : `${first}-`;
  });
}
