/**
 * Figures as written: a number ("3,000", "1.4 million", "2.2m", "twenty-five", "a dozen") or a vague word
 * ("dozens", "tens of thousands"), with the hedge in front of it normalized to QUANTITY_MODIFIERS.
 * No range rule here: normalize turns (modifier, value | vague word) into low/best/high.
 */
import type { Quantity, QuantityModifier, VagueWord } from '@frontline/schema';
import { allMatches, ARTICLE_TEXTS, MONTH_RE, recalling } from './text.ts';

export interface QuantityHit {
  /** Span of the whole figure phrase, modifier included. */
  start: number;
  end: number;
  phrase: string;
  /** Span of the number or vague word alone. */
  numStart: number;
  numEnd: number;
  value: number | null;
  vague_word: VagueWord | '';
  modifier: QuantityModifier;
  /** A range's upper bound ("between 41 and 52": 52). */
  upper?: number;
}

/** A figure of a text as a key, for the readers whose answers are kept (text.ts `recallingOne`): every field, then the text. */
export function figureKey(s: string, q: QuantityHit): string {
  return `${q.start},${q.end},${q.numStart},${q.numEnd},${q.value},${q.upper},${q.vague_word},${q.modifier},${q.phrase}\u0000${s}`;
}

/** The figure a fact carries: the hit's number, word and hedge, and a range's upper bound when it has one. */
export function quantityOf(q: QuantityHit): Quantity {
  const out: Quantity = { value: q.value, vague_word: q.vague_word, modifier: q.modifier };
  if (q.upper !== undefined) out.upper = q.upper;
  return out;
}

/** Hedges, longest first so "some more than" wins over "some". */
const MODIFIERS: [string, QuantityModifier][] = [
  ['some more than', 'more_than'],
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['in excess of', 'more_than'],
  ['an approximate', 'about'],
  ['an estimated', 'about'],
  ['approximately', 'about'],
  ['upwards of', 'more_than'],
  ['as many as', 'up_to'],
  ['just under', 'nearly'],
  ['just over', 'more_than'],
  ['well over', 'more_than'],
  ['close to', 'nearly'],
  ['fewer than', 'less_than'],
  ['more than', 'more_than'],
  ['less than', 'less_than'],
  ['estimated', 'about'],
  ['at least', 'at_least'],
  ['roughly', 'about'],
  ['around', 'about'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['up to', 'up_to'],
  ['about', 'about'],
  ['under', 'less_than'],
  ['over', 'more_than'],
  ['some', 'about'],
];

/** The hedges' phrases as words, longest first: what may stand before a list member's figure (frame-tolls.ts). */
export const HEDGE_PHRASES: readonly string[][] = MODIFIERS.map(([w]) => w.split(' '));

const VAGUE: [string, VagueWord][] = [
  // "several thousand people", "a few hundred families": a few of a scale word is that scale's plural (at least two
  // of it), never "several" people.
  ['several million', 'millions'],
  ['several thousand', 'thousands'],
  ['several hundred', 'hundreds'],
  ['several dozen', 'dozens'],
  ['a few million', 'millions'],
  ['a few thousand', 'thousands'],
  ['a few hundred', 'hundreds'],
  ['a few dozen', 'dozens'],
  ['a string of', 'several'],
  ['a number of', 'several'],
  ['a series of', 'several'],
  ['hundreds of thousands', 'hundreds_of_thousands'],
  ['tens of thousands', 'tens_of_thousands'],
  ['a handful', 'a_few'],
  ['a few', 'a_few'],
  ['thousands', 'thousands'],
  ['hundreds', 'hundreds'],
  ['millions', 'millions'],
  ['numerous', 'many'],
  ['several', 'several'],
  ['dozens', 'dozens'],
  ['scores', 'scores'],
  ['many', 'many'],
];

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, m: 1e6, bn: 1e9, k: 1000 };

const UNIT_W = Object.keys(UNITS).join('|');
const TENS_W = Object.keys(TENS).join('|');
/** A number under a hundred, in digits or words ("14", "three", "twenty-one"): an age in a list of ages. */
/** A figure followed by its percent sign or word ("12%", "40 per cent"): a share, no count of its own. */
export const PERCENT_AFTER = /^\s*(?:%|per\s*cent\b|percent\b)/i;
export const SMALL_NUMBER = String.raw`(?:\d{1,3}|(?:${TENS_W})(?:[-\s](?:${UNIT_W}))?|${UNIT_W})`;
// "another dozen were wounded", "a further dozen": after a word of addition a bare dozen is twelve, as "a dozen" is.
const WORD_NUM = String.raw`(?<=\b(?:another|further)\s+)dozen|half\s+a\s+(?:million|dozen)|(?:(?:${TENS_W})(?:[-\s](?:${UNIT_W}))?|${UNIT_W}|a(?=\s+(?:dozen|hundred|thousand|million)\b))(?:\s+dozen|(?:\s+(?:hundred|thousand|million|billion))+)?|a\s+dozen`;
// A last thousands group of two digits ("12,88") is a typo for three: it is one figure, not "12" and "88".
// "1,4 million": a comma before one or two digits and a scale word is a decimal comma (a thousands group has three).
const DECIMAL_COMMA = String.raw`\d{1,3},\d{1,2}(?=\s?(?:million|billion)\b)`;
// "391, 000 people": a PDF's flattened text may break a round figure after its thousands comma; only a group of three
// zeros ends the figure, since "12, 345" could as well be a list ("1, 500, 000" is one figure).
const SPACED_THOUSANDS = String.raw`\d{1,3}(?:,\s?\d{3})*,\s000(?![\d.,])`;
const DIGIT_NUM = String.raw`${SPACED_THOUSANDS}|${DECIMAL_COMMA}|\d{1,3}(?:,\d{3})*,\d{2}(?![\d.])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// "24 thousand citizens", as translated copy writes a round figure; "thousands" after a number is no scale.
const DIGIT_SCALE = String.raw`(?:\s?(?:thousand|million|billion)\b|(?:m|bn|k)(?![\p{L}\p{N}]))`;
const MOD_RE = MODIFIERS.map(([w]) => w.replace(/ /g, '\\s+')).join('|');
const VAGUE_RE = VAGUE.map(([w]) => w.replace(/ /g, '\\s+')).join('|');

// "control over 14 villages": "over" is the preposition of "control", not "more than".
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N},.\-])(?:(?<!\bcontrol\s+)(${MOD_RE})\s+)?((?:${VAGUE_RE})(?![\p{L}\-])|(?:${DIGIT_NUM})${DIGIT_SCALE}?|(?:${WORD_NUM})(?![\p{L}]))`,
  'giu',
);

// Ordinals whose cardinal is not the ordinal less "th".
const IRREGULAR_ORDINALS: Record<string, string> = { first: 'one', second: 'two', third: 'three', fifth: 'five', eighth: 'eight', ninth: 'nine', twelfth: 'twelve' };

/** Reads an ordinal as the count it ends ("the seventh" -> 7, "the 12th" -> 12, "twentieth" -> 20); null if none. */
export function ordinalNumber(word: string): number | null {
  const w = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const cardinal = IRREGULAR_ORDINALS[w] ?? (w.endsWith('ieth') ? `${w.slice(0, -4)}y` : w.endsWith('th') ? w.slice(0, -2) : '');
  return cardinal ? wordNumber(cardinal) : null;
}

/** Reads a number written in words: "twenty-five", "two million", "a dozen", "three hundred thousand". */
export function wordNumber(text: string): number | null {
  if (/^half\s+a\s+million$/i.test(text)) return 500000;
  if (/^half\s+a\s+dozen$/i.test(text)) return 6;
  const words = text.toLowerCase().split(/[\s-]+/).filter(Boolean);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'a') { current = Math.max(current, 1); seen = true; continue; }
    if (w === 'dozen') { current = (current || 1) * 12; seen = true; continue; }
    if (w in UNITS) { current += UNITS[w]!; seen = true; continue; }
    if (w in TENS) { current += TENS[w]!; seen = true; continue; }
    if (w === 'hundred') { current = (current || 1) * 100; seen = true; continue; }
    if (w in SCALES) { total += (current || 1) * SCALES[w]!; current = 0; seen = true; continue; }
    return null;
  }
  return seen ? total + current : null;
}

/** Reads "3,000", "1.4 million", "2.2m", "120k", "12,88" (a typo: 12,880). */
export function digitNumber(text: string): number | null {
  const m = /^([\d,]+(?:\.\d+)?)\s?(thousand|million|billion|m|bn|k)?$/i.exec(text.trim().replace(/,\s(?=\d{3})/g, ','));
  if (!m) return null;
  // "1,4 million": a decimal comma before a scale word. "12,88": a thousands group cut short is read as its leading
  // digits (12,880), the right order of magnitude.
  const decimal = !!m[2] && /^\d{1,3},\d{1,2}$/.test(m[1]!);
  const digits = decimal ? m[1]!.replace(',', '.') : /,\d{2}$/.test(m[1]!) ? `${m[1]!}0` : m[1]!;
  const base = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(base)) return null;
  const scale = m[2] ? SCALES[m[2].toLowerCase()]! : 1;
  return Math.round(base * scale * 1000) / 1000;
}

function modifierOf(text: string | undefined): QuantityModifier {
  if (!text) return 'exact';
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  return MODIFIERS.find(([w]) => w === folded)?.[1] ?? 'exact';
}

function vagueOf(text: string): VagueWord | '' {
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  return VAGUE.find(([w]) => w === folded)?.[1] ?? '';
}

/** Every figure in a sentence, left to right (not yet judged: ages, dates and the like are filtered later). */
export function findQuantities(s: string): QuantityHit[] {
  return recentQuantities(s);
}
/** A sentence's figures are asked for by each finder that reads it: the answers for the article's texts are kept. */
const recentQuantities = recalling((s: string) => joinRanges(s, figures(s)), ARTICLE_TEXTS);

const RANGE_OPEN = /\bbetween\s+$/i;
/**
 * "left an estimated between 4,000 and 7,500 people dead": a hedge before "between" is the range's, so the object
 * starts at the hedge, as "an estimated 30,000" does. "over" and "under" stay prepositions ("fighting over between").
 */
const RANGE_HEDGE = new RegExp(String.raw`(?:^|\s)(?!(?:over|under)\s)(${MOD_RE})\s+$`, 'i');
/**
 * Where "between" opens a range whose first bound starts at `at` ("between 6,000 and 8,000"), or -1. Its "and" joins
 * the bounds of one figure, not two figures: the range joiner and the readers of a gapped noun ask the same question.
 */
export function rangeOpening(s: string, at: number): number {
  return RANGE_OPEN.exec(s.slice(0, at))?.index ?? -1;
}

/**
 * "between 41 and 52", "400–600", "9,000 to 11,000": a range is one figure, its value the lower bound and `upper`
 * the upper; a hedge before it is the range's ("some 8 to 13"). Not a range: "from 10 to 20" (a change), dates and
 * years ("2017-2018").
 */
function joinRanges(s: string, qs: QuantityHit[]): QuantityHit[] {
  const out: QuantityHit[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i]!;
    const corrected = correctedFigure(s, a, qs[i + 1]);
    if (corrected) {
      out.push(corrected);
      i++;
      continue;
    }
    // "8-13 civilians": a hyphen joins the upper bound, which is then no figure of its own.
    const hyphened = hyphenRange(s, a);
    if (hyphened) {
      out.push(hyphened);
      if (qs[i + 1] && qs[i + 1]!.start < hyphened.end) i++;
      continue;
    }
    const b = qs[i + 1];
    const opening = rangeOpening(s, a.start);
    const between = opening >= 0;
    const gap = b ? s.slice(a.end, b.start) : '';
    // "some 8 to 13": a hedge before the range is the range's.
    const joined = b && a.value !== null && b.value !== null && b.value > a.value && b.modifier === 'exact' &&
      (between ? /^\s+and\s+$/.test(gap) : /^\s*[–—-]\s*$|^\s+to\s+$/.test(gap) && !/\bfrom\s+$/i.test(s.slice(0, a.start))) &&
      !isDateOrYear(s, a) && !isDateOrYear(s, b);
    if (!joined) { out.push(a); continue; }
    const hedge = between && a.modifier === 'exact' ? RANGE_HEDGE.exec(s.slice(0, opening)) : null;
    const start = hedge ? hedge.index + hedge[0].length - hedge[0].trimStart().length : between ? opening : a.start;
    const modifier = hedge ? modifierOf(hedge[1]) : a.modifier;
    out.push({ ...a, start, end: b.end, phrase: s.slice(start, b.end), numEnd: b.numEnd, upper: b.value!, modifier });
    i++;
  }
  return out;
}

/**
 * "1,400 [1,432] injured", "96 [97] civilians": an editor's figure in square brackets after a spoken or first-written
 * one corrects it, so the bracket's figure is the count and the phrase keeps both, the original readable in it. Only a
 * figure of the same order (within a quarter) corrects: a reference mark ("15 [3]") is another number altogether.
 */
function correctedFigure(s: string, a: QuantityHit, b: QuantityHit | undefined): QuantityHit | null {
  if (!b || a.value === null || b.value === null || a.vague_word || b.vague_word || b.modifier !== 'exact') return null;
  if (!/^\s+\[$/.test(s.slice(a.end, b.start)) || s[b.end] !== ']') return null;
  if (b.value < a.value * 0.75 || b.value > a.value * 1.25) return null;
  const end = b.end + 1;
  return { ...a, end, phrase: s.slice(a.start, end), numStart: b.numStart, numEnd: b.numEnd, value: b.value };
}

/**
 * "8-13", "120–150" written without spaces: a range from `a`, unless it is a date ("7-13 January") or years. An
 * infobox's "394–900+ killed" closes its upper bound with a plus: at least the range, so its top is widened too.
 */
function hyphenRange(s: string, a: QuantityHit): QuantityHit | null {
  const m = /^[–—-](\d{1,3}(?:,\d{3})*)\+?(?![\p{L}\d\-+])/u.exec(s.slice(a.end));
  if (!m || a.value === null || a.vague_word || !/^\d/.test(s.slice(a.numStart, a.numEnd))) return null;
  const high = digitNumber(m[1]!);
  const end = a.end + m[0].length;
  const numEnd = a.end + 1 + m[1]!.length;
  const b: QuantityHit = { start: a.end + 1, end: numEnd, phrase: m[1]!, numStart: a.end + 1, numEnd, value: high, vague_word: '', modifier: 'exact' };
  if (high === null || high <= a.value || isDateOrYear(s, a) || isDateOrYear(s, b)) return null;
  const plus = m[0].endsWith('+');
  return { ...a, end, phrase: s.slice(a.start, end), numEnd, upper: high, modifier: plus && a.modifier === 'exact' ? 'at_least' : a.modifier };
}

function figures(s: string): QuantityHit[] {
  const out: QuantityHit[] = [];
  for (const m of allMatches(FIGURE, s)) {
    const core = m[2]!;
    const numStart = m.index + m[0].length - core.length;
    const vague = vagueOf(core);
    let value: number | null = null;
    if (!vague) value = /^\d/.test(core) ? digitNumber(core) : wordNumber(core);
    if (!vague && value === null) continue;
    // "it is unclear how many were killed", "did not say how many fled": a question about a count, not a count.
    if (vague && /\bhow\s+$/i.test(s.slice(0, numStart))) continue;
    // "9,000-plus", "300+": the suffix says more than the figure, as "more than" before it would.
    const plus = vague ? null : /^(?:-\s?|\s)?plus\b(?!\s*\d)|^\+(?!\d)/i.exec(s.slice(m.index + m[0].length));
    const plainEnd = m.index + m[0].length + (plus ? plus[0].length : 0);
    const modifier = modifierOf(m[1]);
    // "a total of (224) people": a bracketed figure is the figure with its brackets, so the noun after it is its own.
    const bracketed = bracketedFigure(s, m.index, plainEnd, m[1] === undefined && !vague, value);
    const hedge = bracketed ? BRACKET_HEDGE.exec(s.slice(0, m.index - 1)) : null;
    const start = hedge ? hedge.index + hedge[0].length - hedge[0].trimStart().length : bracketed ? m.index - 1 : m.index;
    const end = bracketed ? plainEnd + 1 : plainEnd;
    // "some" alone is a vague hedge only with a figure after it; as a figure it is not a count.
    out.push({
      start,
      end,
      phrase: s.slice(start, end),
      numStart,
      numEnd: m.index + m[0].length,
      value,
      vague_word: vague,
      modifier: hedge ? modifierOf(hedge[1]) : plus && modifier === 'exact' ? 'more_than' : modifier,
    });
  }
  return oneMore(s, withDigitEcho(s, out));
}

/**
 * "Twenty-six (26) people were killed", "killing fifteen (15) villagers": statements (police, armies, courts) write a
 * figure in words and repeat it in digits in brackets. The two are one figure, spanning both, so the noun after the
 * brackets is the words' own; the digits must say the same number, or they are something else (a breakdown's part).
 */
function withDigitEcho(s: string, found: QuantityHit[]): QuantityHit[] {
  const out: QuantityHit[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    const echoed = b !== undefined && a.value !== null && !a.vague_word && b.value === a.value && b.modifier === 'exact' &&
      !/^\d/.test(s.slice(a.numStart, a.numEnd)) && /^\d+$/.test(s.slice(b.numStart, b.numEnd)) &&
      /^\s*\($/.test(s.slice(a.end, b.numStart)) && s[b.numEnd] === ')';
    if (!echoed) { out.push(a); continue; }
    const end = b.numEnd + 1;
    out.push({ ...a, end, phrase: s.slice(a.start, end) });
    i++;
  }
  return out;
}

/**
 * "Two soldiers were killed and a third was wounded", "three died and another was hurt": one more of the people just
 * counted, their noun left out, as the subject of a singular verb. Only after a figure of the same sentence, which
 * says whom it counts; "a third of the displaced" and "another 200" are no such subject.
 */
const ONE_MORE = /\b(?:[Aa]nother|a\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?=\s+(?:was|has|had)\b)/g;
/**
 * "killed one person and injured another", "killed two soldiers and wounded another overnight": the same one more as
 * the object of the second verb, its noun left out; what follows closes the phrase (a mark, a place, a time, a
 * clause), so "another 20", "another soldier" and "another attack" stay what they are. "one another" and "one after
 * another" count nobody.
 */
const CLOSING_WORD = '(?:in|on|at|near|overnight|yesterday|today|later|and|while|when|as)';
const ONE_MORE_OBJECT = new RegExp(String.raw`(?<!\b(?:one|after)\s+)\banother(?=\s*(?:[,.;:)]|$)|\s+${CLOSING_WORD}\b)`, 'gi');
/** "A soldier was killed while another was wounded": one person counted by an article opens the sentence. */
const ONE_BEFORE = /^\s*(?:["“]\s*)?an?\s+\p{L}/iu;
function oneMore(s: string, found: QuantityHit[]): QuantityHit[] {
  const more = [...allMatches(ONE_MORE, s), ...allMatches(ONE_MORE_OBJECT, s)].filter((m) =>
    (found.some((q) => q.end <= m.index) || ONE_BEFORE.test(s.slice(0, m.index))) && !found.some((q) => q.start <= m.index && m.index < q.end));
  if (!more.length) return found;
  const hits = more.map((m): QuantityHit => {
    const end = m.index + m[0].length;
    return { start: m.index, end, phrase: m[0], numStart: m.index, numEnd: end, value: 1, vague_word: '', modifier: 'exact' };
  });
  return [...found, ...hits].sort((a, b) => a.start - b.start);
}

/** A hedge before a bracketed figure: "some (12,400) people". */
const BRACKET_HEDGE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${MOD_RE})\s*$`, 'iu');

/**
 * "(5,599) people have been killed", "; (32) women and (192) men": some monitors' briefings write each figure in
 * brackets, a word after it. Not one: a figure bracketed after a name or a figure ("Raqqa (318,761), Idleb ...",
 * "45 (12) ..."), which is a breakdown's part; a list's numbering, "(1)" to "(9)" opening a sentence, a line or a
 * clause after a colon.
 */
function bracketedFigure(s: string, start: number, end: number, plain: boolean, value: number | null): boolean {
  if (!plain || value === null || s[start - 1] !== '(' || !/^\)\s+\p{L}/u.test(s.slice(end))) return false;
  const before = s.slice(0, start - 1);
  if (!/^\d/.test(s.slice(start, end))) return false;
  if (/(?:\p{Lu}[\p{L}\-'’]*|\d)\s*$/u.test(before) && !BRACKET_HEDGE.test(before)) return false;
  return !(value < 10 && /(?:^|\n|[:;])\s*$/.test(before));
}

const MONTH_BEFORE = new RegExp(`${MONTH_RE}\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s*${MONTH_RE}\\b`, 'i');

/**
 * What a number right after a month's name must be to belong to it: a day of the month or a year ("March 3", "May
 * 2019"). Any other ("In December 166 people were killed", "In March 45 civilians died") opens the sentence's figure,
 * the month its date, as wire copy writes a lead without a comma.
 */
const DAY_OR_YEAR = /^(?:0?[1-9]|[12]\d|3[01]|(?:1[89]|20)\d\d)$/;

/** True when the figure is part of a date ("March 3", "3 March", "Mar. 3, 2019") or is a bare year. */
// A month and its day closing the words before a figure: "KABUL Oct 12 At least 15 ...", "On Aug. 14 30 families".
const MONTH_DAY_BEFORE = new RegExp(`${MONTH_RE}\\s*(?:0?[1-9]|[12]\\d|3[01])\\s+$`, 'i');

/** Whether the words before a figure end with a day of a month, which is a date and no digit run with the figure. */
export const endsWithMonthDay = (before: string): boolean => MONTH_DAY_BEFORE.test(before);

/**
 * "On 1 November 28 soldiers and 5 rebels were killed": a month that already has its day before it takes no second
 * day, so the number after it is the figure (a year still belongs to the date: "1 November 2012").
 */
const DAY_FIRST_BEFORE = new RegExp(`\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+${MONTH_RE}\\s*$`, 'i');

export function isDateOrYear(s: string, q: QuantityHit): boolean {
  const before = s.slice(Math.max(0, q.numStart - 12), q.numStart);
  const after = s.slice(q.numEnd, q.numEnd + 12);
  const core = s.slice(q.numStart, q.numEnd);
  if (MONTH_BEFORE.test(before) && DAY_OR_YEAR.test(core)) {
    return core.length > 2 || !DAY_FIRST_BEFORE.test(s.slice(Math.max(0, q.numStart - 24), q.numStart));
  }
  if (MONTH_AFTER.test(after)) return true;
  return /^(?:1[89]|20)\d\d$/.test(core) && q.modifier === 'exact';
}
