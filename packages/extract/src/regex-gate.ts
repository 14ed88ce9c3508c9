/**
 * A cheap test that a regex cannot match a text, read off the regex itself: the literal words any match needs. The
 * finders try dozens of patterns on every sentence (territory verbs, time phrases, reporting phrases), and most
 * sentences hold none of a pattern's words; looking for the words ("withdr", "retreat", "pull") in the lower-cased
 * sentence is much cheaper than running the pattern from every position. The words come from the pattern's source,
 * so adding a word to a pattern or a word list changes the gate with it.
 *
 * `needles(re)`: strings, lower case, at least one of which every text the regex matches somewhere contains; null
 * when the pattern needs no literal the reading can vouch for (then it is always run).
 *
 * A pattern without the `i` flag is gated on its words as written, in the text as written: the date patterns need a
 * month's name capitalised ("May", "Dec"), and the lower-cased text would let every "may" and "declared" through.
 */

/** A part of a pattern: what a text must contain for it to match. null: nothing known. */
type Need = string[] | null;
/**
 * What a part needs, read in full: its best need (the one `needles` reports) and every need it has, all of which a
 * text must meet ("since" and a month's name and a digit). Gating on all of them skips more sentences than the best
 * one alone: a date pattern's "of" is in most sentences, its day's digit and its month in few.
 */
interface Needs {
  best: Need;
  all: string[][];
}
const NOTHING: Needs = { best: null, all: [] };
/** The ASCII digits, as single-character needles: what `\d` and a class of digits ("[12]", "[0-9]") need. */
const DIGITS = '0123456789'.split('');

/** Characters that are literals in a pattern when not escaped. */
const META = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
/** Escapes of a single literal character ("\-", "\.", "\("). Letters after a backslash are classes or assertions. */
const ESCAPED_LITERAL = /^[^\p{L}\p{N}]$/u;

/**
 * Whether `c` can be a needle's character: ASCII only, so that lower-casing the text and the pattern agree (with the
 * `u` and `i` flags a few other letters fold to ASCII ones: see `mayMatch`).
 */
const isPlain = (c: string) => c.charCodeAt(0) < 0x80;

class Reader {
  i = 0;
  /** `keepCase`: literals are read as written (a pattern without the `i` flag), not lower-cased. */
  constructor(readonly src: string, private readonly keepCase = false) {}

  /**
   * Alternatives up to the closing parenthesis or the end: one needle list that each alternative contributes to. A
   * single alternative needs all it needs; of several, a text needs only one alternative's best.
   */
  alternatives(): Needs {
    const each: Needs[] = [];
    for (;;) {
      each.push(this.sequence());
      if (this.src[this.i] !== '|') break;
      this.i++;
    }
    if (each.length === 1) return each[0]!;
    const best = each.every((n) => n.best !== null) ? each.flatMap((n) => n.best!) : null;
    return { best: best?.length ? best : null, all: best?.length ? [best] : [] };
  }

  /**
   * One alternative: items in a row. Its need is its longest run of required literal characters, or a required
   * group's need when that says more (its shortest needle is longer).
   */
  private sequence(): Needs {
    let best: Need = null;
    const all: string[][] = [];
    let run = '';
    const keep = (need: Need) => {
      if (!need || !need.every((n) => n.length > 0)) return;
      all.push(need);
      if (!best || shortest(need) > shortest(best)) best = need;
    };
    const endRun = () => {
      keep(run ? [run] : null);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.item();
      const q = this.quantifier();
      if (q === 'optional') {
        // The item may be absent: it is not required, and the run before it ends there.
        endRun();
        continue;
      }
      if (item.kind === 'literal' && isPlain(item.char)) {
        run += this.keepCase ? item.char : item.char.toLowerCase();
        if (q === 'repeated') endRun(); // "a+" needs one "a"; what follows need not touch it
        continue;
      }
      endRun();
      if (item.kind === 'group') for (const need of item.needs.all) keep(need);
      if (item.kind === 'digit') keep(DIGITS);
    }
    endRun();
    return { best, all };
  }

  /**
   * One atom: a literal character, a group (its needs), a digit (`\d` or a class of digits only), or anything else (another
   * class, an assertion, a wildcard).
   */
  private item(): { kind: 'literal'; char: string } | { kind: 'group'; needs: Needs } | { kind: 'digit' } | { kind: 'other' } {
    const c = this.src[this.i]!;
    if (c === '\\') {
      const next = this.src[this.i + 1] ?? '';
      if ((next === 'p' || next === 'P') && this.src[this.i + 2] === '{') {
        this.i = this.src.indexOf('}', this.i) + 1;
        return { kind: 'other' };
      }
      if (next === 'u' || next === 'x' || next === 'c' || next === 'k' || /\d/.test(next)) {
        // Code point escapes, back-references, named references: not read, and they may run over several characters.
        return this.skipUnknown();
      }
      this.i += 2;
      if (next === 'd') return { kind: 'digit' };
      return ESCAPED_LITERAL.test(next) ? { kind: 'literal', char: next } : { kind: 'other' };
    }
    if (c === '[') {
      const from = this.i;
      this.skipClass();
      return DIGIT_CLASS.test(this.src.slice(from, this.i)) ? { kind: 'digit' } : { kind: 'other' };
    }
    if (c === '(') return this.group();
    this.i++;
    // "]" and "}" are literals only outside the `u` flag; read as anything, they only end a run.
    if (META.has(c)) return { kind: 'other' };
    return { kind: 'literal', char: c };
  }

  /** A group: a capturing, non-capturing or named one is required as written; a lookahead or lookbehind asks about
   * the text too (what it needs is in the text, if not in the match); a negative one needs nothing. */
  private group(): { kind: 'group'; needs: Needs } | { kind: 'other' } {
    const opener = /^\(\?(<=|<!|=|!|:|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.i, this.i + 64));
    if (!opener && this.src[this.i + 1] === '?') return this.skipUnknown(); // a group kind this reader does not know
    this.i += opener ? opener[0].length : 1;
    const needs = this.alternatives();
    this.i++; // ")"
    return opener?.[1] === '!' || opener?.[1] === '<!' ? { kind: 'other' } : { kind: 'group', needs };
  }

  /** What follows an atom: nothing, a quantifier that allows zero, or one that repeats it (at least once). */
  private quantifier(): 'once' | 'optional' | 'repeated' {
    const c = this.src[this.i];
    let q: 'once' | 'optional' | 'repeated' = 'once';
    if (c === '?' || c === '*') {
      q = 'optional';
      this.i++;
    } else if (c === '+') {
      q = 'repeated';
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return 'once';
      q = Number(m[1]) === 0 ? 'optional' : m[2] !== undefined || Number(m[1]) > 1 ? 'repeated' : 'once';
      this.i += m[0].length;
    }
    if (q !== 'once' && this.src[this.i] === '?') this.i++; // lazy
    return q;
  }

  private skipClass(): void {
    this.i++;
    if (this.src[this.i] === '^') this.i++;
    if (this.src[this.i] === ']') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    this.i++;
  }

  /** An escape this reader does not read: the whole pattern is given up (the caller sees `failed`). */
  private skipUnknown(): { kind: 'other' } {
    this.failed = true;
    this.i = this.src.length;
    return { kind: 'other' };
  }

  failed = false;
}

/** A class of ASCII digits only: "[12]", "[0-9]", "[1-9]", "[\d]" (not negated). */
const DIGIT_CLASS = /^\[(?:\d(?:-\d)?|\\d)+\]$/;

function shortest(need: string[]): number {
  return Math.min(...need.map((n) => n.length));
}

/**
 * The needles of a pattern, lower case (as written with `keepCase`); null when the reader cannot vouch for any (then
 * the gate always opens).
 */
export function needles(re: RegExp, keepCase = false): string[] | null {
  const need = needsOf(re, keepCase).best;
  return need ? [...new Set(need)] : null;
}

/** Every need of a pattern (see `Needs`), each a list of needles of which a text must hold one; none when unread. */
export function allNeeds(re: RegExp, keepCase = false): string[][] {
  return needsOf(re, keepCase).all.map((need) => [...new Set(need)]);
}

function needsOf(re: RegExp, keepCase: boolean): Needs {
  if (re.flags.includes('x') || re.flags.includes('v')) return NOTHING;
  const reader = new Reader(re.source, keepCase);
  const needs = reader.alternatives();
  if (reader.failed || reader.i < re.source.length) return NOTHING;
  return needs;
}

/**
 * A pattern's needles, read once, with the character pairs each needle holds (see `TextPairs`). By source and case
 * alone: the needles depend on the other flags only through `v`, whose patterns the reader does not read (they are
 * always run). Maps by source, not a WeakMap by pattern object: a regex literal in a function is a new object on each
 * call, and `re.flags` a new string on each read, but the source is the same string each time.
 */
interface Gate {
  /** Each need: its needles and their pairs; the text must hold one needle of every need. */
  needs: GateNeed[];
  /** Needles as written, looked for in the text as written (a pattern without the `i` flag). */
  cased: boolean;
}
const known = { caseless: new Map<string, Gate | null>(), cased: new Map<string, Gate | null>() };

/**
 * One need, shared by every pattern that has it (by its needles and case), with its answer for the last text asked
 * about: the finders' patterns share needs (a month's name, a saying verb, "killed"), and about three needs in ten the
 * finders ask of a sentence were asked of it before by another pattern (h-speed-r46: 127,516 of 424,072 on the 147
 * real texts). `askedOf` is the stamp of the text the answer is for.
 */
interface GateNeed {
  needles: string[];
  pairs: Uint16Array[];
  digit: boolean;
  askedOf: number;
  answer: boolean;
}
const sharedNeeds = new Map<string, GateNeed>();
function sharedNeed(needles: string[], cased: boolean): GateNeed {
  const key = `${cased ? 'cased' : 'caseless'}\u0000${needles.join('\u0000')}`;
  let need = sharedNeeds.get(key);
  if (!need) {
    need = { needles, pairs: needles.map(pairCodes), digit: needles.join('') === DIGITS.join(''), askedOf: -1, answer: false };
    sharedNeeds.set(key, need);
  }
  return need;
}
/** By pattern object first: most patterns are module constants, and this skips reading their flags on every ask. */
const byPattern = new WeakMap<RegExp, Gate | null>();
function gateOf(re: RegExp): Gate | null {
  let gate = byPattern.get(re);
  if (gate === undefined) byPattern.set(re, (gate = gateBySource(re)));
  return gate;
}

function gateBySource(re: RegExp): Gate | null {
  if ((re as { unicodeSets?: boolean }).unicodeSets) return null;
  const cased = !re.ignoreCase;
  const byCase = cased ? known.cased : known.caseless;
  let gate = byCase.get(re.source);
  if (gate === undefined) {
    const needs = allNeeds(re, cased).map((need) => sharedNeed(need, cased));
    // The cheapest and rarest first: a digit (one look per text), then the needs of the longest words.
    needs.sort((a, b) => Number(b.digit) - Number(a.digit) || shortest(b.needles) - shortest(a.needles));
    byCase.set(re.source, (gate = needs.length ? { needs, cased } : null));
  }
  return gate;
}

/** The codes of a needle's adjacent character pairs (both ASCII, as needles are). */
function pairCodes(needle: string): Uint16Array {
  const codes = new Uint16Array(Math.max(0, needle.length - 1));
  for (let k = 0; k + 1 < needle.length; k++) codes[k] = pairCode(needle.charCodeAt(k), needle.charCodeAt(k + 1));
  return codes;
}
const pairCode = (a: number, b: number) => (a << 7) | b;

/**
 * The ASCII character pairs of the last text asked about, lower-cased. A pattern of a word list has dozens of needles
 * (every month's name, every saying verb), and most are absent: a needle one of whose pairs the text lacks cannot be
 * in it, which two array reads tell where `includes` would scan the whole text. Marked by a stamp per text, so that
 * the table is never cleared.
 */
class TextPairs {
  private readonly stamps = new Uint32Array(1 << 14);
  private stamp = 0;

  read(lower: string): void {
    this.stamp++;
    for (let k = 0; k + 1 < lower.length; k++) {
      const a = lower.charCodeAt(k);
      const b = lower.charCodeAt(k + 1);
      if (a < 0x80 && b < 0x80) this.stamps[pairCode(a, b)] = this.stamp;
    }
  }

  /** False when one of the pairs is not in the text. */
  holds(pairs: Uint16Array): boolean {
    for (let k = 0; k < pairs.length; k++) if (this.stamps[pairs[k]!] !== this.stamp) return false;
    return true;
  }
}

/**
 * The last text asked about, lower-cased, and its pairs, and the pairs of the text as written (read when a cased
 * pattern first asks): the finders ask about one sentence many times in a row.
 */
let lastText = '';
let lastLower = '';
let lastHasLongS = false;
/** Whether the last text holds a digit: 0 not asked yet, 1 yes, 2 no. A need of a digit is one look, not ten. */
let lastDigit = 0;
/** The stamp of the last text asked about (a new one for each new text): what a need's kept answer is for. */
let textStamp = 0;
const textPairs = new TextPairs();
const writtenPairs = new TextPairs();
let writtenRead = false;

/**
 * False only when `re` cannot match anywhere in `s`. With the `i` and `u` flags "ſ" matches "s" (and the Kelvin sign
 * "k", which lower-cases to it): a text with "ſ" is always tried.
 */
export function mayMatch(re: RegExp, s: string): boolean {
  const gate = gateOf(re);
  if (!gate) return true;
  if (s !== lastText) {
    [lastText, lastLower] = [s, s.toLowerCase()];
    lastHasLongS = lastLower.includes('ſ');
    lastDigit = 0;
    textStamp++;
    textPairs.read(lastLower);
    writtenRead = false;
  }
  if (gate.cased) {
    if (!writtenRead) writtenPairs.read(s);
    writtenRead = true;
    return holdsAll(gate, writtenPairs, s);
  }
  return lastHasLongS || holdsAll(gate, textPairs, lastLower);
}

/** Whether `text` (whose pairs `pairs` has read) holds a needle of each of the gate's needs. */
function holdsAll(gate: Gate, pairs: TextPairs, text: string): boolean {
  for (const need of gate.needs) if (!holdsOnce(need, pairs, text)) return false;
  return true;
}

/** `holdsAny`, asked once per need and text: a need's case is fixed, so its text (as written or lower-cased) is too. */
function holdsOnce(need: GateNeed, pairs: TextPairs, text: string): boolean {
  if (need.askedOf !== textStamp) [need.askedOf, need.answer] = [textStamp, holdsAny(need, pairs, text)];
  return need.answer;
}

function holdsAny({ needles: need, pairs: needPairs, digit }: GateNeed, pairs: TextPairs, text: string): boolean {
  if (digit) return (lastDigit ||= /\d/.test(text) ? 1 : 2) === 1;
  for (let k = 0; k < need.length; k++) if (pairs.holds(needPairs[k]!) && text.includes(need[k]!)) return true;
  return false;
}
