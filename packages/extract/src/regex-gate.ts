/**
 * A cheap test that a regex cannot match a text, read off the regex itself: the literal words any match needs. The
 * finders try dozens of patterns on every sentence (territory verbs, time phrases, reporting phrases), and most
 * sentences hold none of a pattern's words; looking for the words ("withdr", "retreat", "pull") in the lower-cased
 * sentence is much cheaper than running the pattern from every position. The words come from the pattern's source,
 * so adding a word to a pattern or a word list changes the gate with it.
 *
 * `needles(re)`: strings, lower case, at least one of which every text the regex matches somewhere contains; null
 * when the pattern needs no literal the reading can vouch for (then it is always run).
 */

/** A part of a pattern: what a text must contain for it to match. null: nothing known. */
type Need = string[] | null;

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
  constructor(readonly src: string) {}

  /** Alternatives up to the closing parenthesis or the end: one needle list that each alternative contributes to. */
  alternatives(): Need {
    const all: string[] = [];
    let known = true;
    for (;;) {
      const need = this.sequence();
      if (need === null) known = false;
      else all.push(...need);
      if (this.src[this.i] !== '|') break;
      this.i++;
    }
    return known && all.length ? all : null;
  }

  /**
   * One alternative: items in a row. Its need is its longest run of required literal characters, or a required
   * group's need when that says more (its shortest needle is longer).
   */
  private sequence(): Need {
    let best: Need = null;
    let run = '';
    const keep = (need: Need) => {
      if (need && need.every((n) => n.length > 0) && (!best || shortest(need) > shortest(best))) best = need;
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
        run += item.char.toLowerCase();
        if (q === 'repeated') endRun(); // "a+" needs one "a"; what follows need not touch it
        continue;
      }
      endRun();
      if (item.kind === 'group') keep(item.need);
    }
    endRun();
    return best;
  }

  /** One atom: a literal character, a group (its need), or anything else (a class, an assertion, a wildcard). */
  private item(): { kind: 'literal'; char: string } | { kind: 'group'; need: Need } | { kind: 'other' } {
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
      return ESCAPED_LITERAL.test(next) ? { kind: 'literal', char: next } : { kind: 'other' };
    }
    if (c === '[') {
      this.skipClass();
      return { kind: 'other' };
    }
    if (c === '(') return this.group();
    this.i++;
    // "]" and "}" are literals only outside the `u` flag; read as anything, they only end a run.
    if (META.has(c)) return { kind: 'other' };
    return { kind: 'literal', char: c };
  }

  /** A group: a capturing, non-capturing or named one is required as written; a lookahead or lookbehind asks about
   * the text too (what it needs is in the text, if not in the match); a negative one needs nothing. */
  private group(): { kind: 'group'; need: Need } | { kind: 'other' } {
    const opener = /^\(\?(<=|<!|=|!|:|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.i, this.i + 64));
    if (!opener && this.src[this.i + 1] === '?') return this.skipUnknown(); // a group kind this reader does not know
    this.i += opener ? opener[0].length : 1;
    const need = this.alternatives();
    this.i++; // ")"
    return opener?.[1] === '!' || opener?.[1] === '<!' ? { kind: 'other' } : { kind: 'group', need };
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

function shortest(need: string[]): number {
  return Math.min(...need.map((n) => n.length));
}

/** The needles of a pattern, lower case; null when the reader cannot vouch for any (then the gate always opens). */
export function needles(re: RegExp): string[] | null {
  if (re.flags.includes('x') || re.flags.includes('v')) return null;
  const reader = new Reader(re.source);
  const need = reader.alternatives();
  if (reader.failed || reader.i < re.source.length) return null;
  return need ? [...new Set(need)] : null;
}

/** Needles by pattern source and flags, read once: the finders' patterns are constants, or literals made anew per call. */
const known = new Map<string, Map<string, string[] | null>>();
/**
 * Needles by pattern object: most patterns are constants asked about on every sentence, and `re.flags` builds a new
 * string on each read, which the lookup by source and flags then hashes.
 */
const byPattern = new WeakMap<RegExp, string[] | null>();
function needlesOf(re: RegExp): string[] | null {
  let need = byPattern.get(re);
  if (need !== undefined) return need;
  let byFlags = known.get(re.source);
  if (!byFlags) known.set(re.source, (byFlags = new Map()));
  need = byFlags.get(re.flags);
  if (need === undefined) byFlags.set(re.flags, (need = needles(re)));
  byPattern.set(re, need);
  return need;
}

/** The last text asked about, lower-cased: the finders ask about one sentence many times in a row. */
let lastText = '';
let lastLower = '';

/**
 * False only when `re` cannot match anywhere in `s`. With the `i` and `u` flags "ſ" matches "s" (and the Kelvin sign
 * "k", which lower-cases to it): a text with "ſ" is always tried.
 */
export function mayMatch(re: RegExp, s: string): boolean {
  const need = needlesOf(re);
  if (!need) return true;
  if (s !== lastText) [lastText, lastLower] = [s, s.toLowerCase()];
  if (lastLower.includes('ſ')) return true;
  for (let k = 0; k < need.length; k++) if (lastLower.includes(need[k]!)) return true;
  return false;
}
