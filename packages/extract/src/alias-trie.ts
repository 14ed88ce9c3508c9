/**
 * The alias matcher's index: a trie over each alias read as the elements of its pattern (text.ts `aliasPattern`):
 * literal characters (folded as the regex folds them), a run of spaces, an optional hyphen, an apostrophe, an Arabic
 * article. Walked from a position of a sentence, it gives the aliases whose pattern can match there; text.ts then
 * runs only those aliases' own anchored patterns, in the matcher's order. So the hits are the regex's by
 * construction, and the trie only decides which patterns are worth running: one walk of a few characters from each
 * word start instead of an alternation of hundreds of names tried from each.
 */

/** What one element of an alias's pattern consumes. A literal is a character of the alias (folded when added). */
type Step = { kind: 'space' | 'hyphen' | 'apostrophe' | 'article' };

/**
 * A trie node. Every field is set at construction, so all nodes share one shape and the walk stays fast in V8. A
 * node's literal children are found by a scan of a few keys, or by an array indexed by key once they are many (the
 * root, the first letters of names): faster than a Map for the small integer keys `Folder` gives.
 */
class Node {
  keys: number[] = [];
  kids: Node[] = [];
  byKey: (Node | undefined)[] | undefined = undefined;
  space: Node | undefined = undefined;
  hyphen: Node | undefined = undefined;
  apostrophe: Node | undefined = undefined;
  /** After an Arabic article spelled from here on ("al", "ash"): the node the article leads to. */
  article: Node | undefined = undefined;
  /** Where a spelling of the article ends: one separator on to the node after the article. */
  separator: Node | undefined = undefined;
  /** Ranks (places in the matcher's order) of the aliases whose pattern ends here. */
  readonly ends: number[] = [];

  kid(key: number): Node | undefined {
    if (this.byKey) return key < 0 ? undefined : this.byKey[key];
    const keys = this.keys;
    for (let k = 0; k < keys.length; k++) if (keys[k] === key) return this.kids[k];
    return undefined;
  }

  addKid(key: number): Node {
    const node = new Node();
    this.keys.push(key);
    this.kids.push(node);
    if (this.byKey) this.byKey[key] = node;
    else if (this.keys.length > FEW_KIDS) {
      this.byKey = [];
      this.keys.forEach((k, n) => (this.byKey![k] = this.kids[n]));
    }
    return node;
  }
}

/** How many texts scanned in full a trie keeps to read the scans of their substrings off (`within`). */
const WHOLES_KEPT = 4;

/** The first index of an ascending list whose value is at least `min` (the list's length when none is). */
function firstAtLeast(list: number[], min: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Above this many children a node indexes them by key. */
const FEW_KIDS = 6;

const APOSTROPHES = new Set(["'", '’', '‘']);
const HYPHENS = new Set(['-', '‐', '–']);

/** A yes/no question about a UTF-16 code unit, asked of a regex once per code unit and remembered. */
export function codeUnitTest(re: RegExp): (code: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 not asked yet, 1 yes, 2 no
  return (code) => (known[code] ||= re.test(String.fromCharCode(code)) ? 1 : 2) === 1;
}

/** What text.ts's pattern accepts for each element, read as its regex reads it (`\s` included). */
const isSpace = codeUnitTest(/^\s$/);
const isApostrophe = codeUnitTest(/^['’‘`]$/);
const isHyphenOrSpace = codeUnitTest(/^[-‐–\s]$/);

/**
 * Folds a character to a key so that two characters get the same key exactly when the regex (flags `iu` or `u`)
 * takes one for the other. Case-insensitive keys are representatives found by the regex engine itself ("ſ" and "s",
 * "K" (Kelvin) and "k" included), so no case table of our own can disagree with it. -1: no alias has the character.
 */
class Folder {
  /** Case-insensitive: one regex per key, matching the characters of that key. */
  private readonly reps: RegExp[] = [];
  /** Case-sensitive: the character of each key. */
  private readonly chars: number[] = [];
  private readonly memo = new Int32Array(0x10000); // key + 2; 0 not asked yet

  constructor(private readonly caseless: boolean) {}

  /** The key of an alias's character (one UTF-16 code unit): an existing one, or a new one. */
  ofAlias(c: string): number {
    const code = c.charCodeAt(0);
    const known = this.ofText(code);
    if (known >= 0) return known;
    if (this.caseless) this.reps.push(new RegExp(`^${c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'iu'));
    else this.chars.push(code);
    this.memo.fill(0); // a text character seen before may now have this key
    return (this.caseless ? this.reps : this.chars).length - 1;
  }

  /** The key of a text's code unit, -1 when no alias character matches it. */
  ofText(code: number): number {
    const known = this.memo[code]!;
    if (known) return known - 2;
    const c = String.fromCharCode(code);
    const key = this.caseless ? this.reps.findIndex((re) => re.test(c)) : this.chars.indexOf(code);
    this.memo[code] = key + 2;
    return key;
  }
}

/**
 * Where aliases may match in one text: the positions (ascending) at which a walk found candidates, and those
 * candidates' ranks, ascending, for each.
 */
export interface AliasScan {
  starts: number[];
  candidates: number[][];
}

export class AliasTrie {
  private readonly root = new Node();
  private readonly folder: Folder;
  /** Aliases whose pattern the walk cannot read (empty, or with a character outside the BMP): candidates everywhere. */
  private readonly everywhere: number[] = [];
  private readonly found: number[] = [];
  /**
   * The last texts scanned and their scans, oldest first: the matchers sharing this trie read one sentence one after
   * another, and come back to it after reading a clause or a quote of it.
   */
  private readonly recent = new Map<string, AliasScan>();
  /**
   * The last texts scanned in full, newest first: a clause or the words after a verb are read soon after their
   * sentence, and their scan is read off the sentence's (`within`).
   */
  private readonly wholes: { text: string; scan: AliasScan }[] = [];

  /**
   * `articles`: the spellings of the Arabic article (text.ts reads any of them, then a hyphen or space, where an alias
   * has "al-"); the trie spells each in lower case and capitalised, then takes any separator: a superset of the pattern.
   * `keptScans`: how many texts' scans it remembers.
   */
  constructor(
    caseless: boolean,
    private readonly articles: readonly string[],
    /** How many scans `recent` keeps at most (text.ts ARTICLE_TEXTS: one article's texts). */
    private readonly keptScans: number,
  ) {
    this.folder = new Folder(caseless);
  }

  /** Empties the memory of scans: a new article starts (text.ts `forgetArticleTexts`). */
  forgetScans(): void {
    this.recent.clear();
    this.wholes.length = 0;
  }

  /** Adds an alias given as its pattern's steps (see `aliasSteps`) under its rank. */
  add(steps: (Step | string)[], rank: number): void {
    this.forgetScans(); // a scan made before may lack this alias
    if (!steps.length || steps.some((st) => typeof st === 'string' && st.length > 1)) return void this.everywhere.push(rank);
    let node = this.root;
    for (const step of steps) node = this.child(node, step);
    node.ends.push(rank);
  }

  private child(node: Node, step: Step | string): Node {
    if (typeof step === 'string') {
      const key = this.folder.ofAlias(step);
      return node.kid(key) ?? node.addKid(key);
    }
    if (step.kind === 'article') return this.afterArticle(node);
    return (node[step.kind] ??= new Node());
  }

  /** The node after an article read from `node`: every spelling's path from there ends in it. */
  private afterArticle(node: Node): Node {
    if (node.article) return node.article;
    const after = (node.article = new Node());
    for (const a of this.articles) {
      for (const spelling of new Set([a, a[0]!.toUpperCase() + a.slice(1)])) {
        let end = node;
        for (const c of spelling) end = this.child(end, c);
        end.separator = after;
      }
    }
    return after;
  }

  /**
   * The candidates at each position of `s` where `startsAt` holds (`s.length` included), kept for the last texts: the
   * scan is shared by every matcher whose aliases this trie holds, each of which keeps only its own ranks. Every call
   * on one trie passes the same `startsAt` (text.ts: where a word may start).
   */
  scan(s: string, startsAt: (s: string, i: number) => boolean): AliasScan {
    const known = this.recent.get(s);
    if (known) return known;
    const found = this.within(s, startsAt) ?? this.scanned(s, startsAt, 0, s.length);
    if (this.recent.set(s, found).size > this.keptScans) this.recent.delete(this.recent.keys().next().value!);
    return found;
  }

  /** Walks `s` from each position in `from`..`to` (both included) where a word may start, adding to `found`. */
  private scanned(s: string, startsAt: (s: string, i: number) => boolean, from: number, to: number, found: AliasScan = { starts: [], candidates: [] }): AliasScan {
    for (let i = from; i <= to; i++) {
      if (!startsAt(s, i) || (i < s.length && !this.opens(s, i))) continue;
      const ranks = this.candidates(s, i);
      if (!ranks.length) continue;
      found.starts.push(i);
      found.candidates.push(ranks.slice());
    }
    if (from === 0 && to === s.length) {
      this.wholes.unshift({ text: s, scan: found });
      if (this.wholes.length > WHOLES_KEPT) this.wholes.pop();
    }
    return found;
  }

  /**
   * The scan of a text that a recent whole holds, read off the whole's scan, or undefined. Inside the text (from its
   * third code unit to its last) a position starts a word in the text as in the whole (`startsAt` reads the two code
   * units before it at most), and a walk there reads the same characters until the text ends, where the whole's walk
   * may go on: so the whole's ranks there are a superset of the text's, and a rank whose pattern matches in the text
   * is among them (text.ts runs each pattern and keeps the first that matches). The first two positions and the end
   * are walked in the text itself.
   */
  private within(s: string, startsAt: (s: string, i: number) => boolean): AliasScan | undefined {
    if (s.length < 3) return undefined;
    for (const whole of this.wholes) {
      if (whole.text.length <= s.length) continue;
      const at = whole.text.indexOf(s);
      if (at < 0) continue;
      const found = this.scanned(s, startsAt, 0, 1);
      const { starts, candidates } = whole.scan;
      for (let k = firstAtLeast(starts, at + 2); k < starts.length && starts[k]! < at + s.length; k++) {
        found.starts.push(starts[k]! - at);
        found.candidates.push(candidates[k]!);
      }
      return this.scanned(s, startsAt, s.length, s.length, found);
    }
    return undefined;
  }

  /** Whether a walk from `i` (a position in `s`) can find anything: a cheap test of the first character. */
  opens(s: string, i: number): boolean {
    const r = this.root;
    if (this.everywhere.length || r.space || r.hyphen || r.apostrophe) return true;
    return r.kid(this.folder.ofText(s.charCodeAt(i))) !== undefined;
  }

  /**
   * Ranks of the aliases whose pattern can match `s` from `i`, ascending, each once. The array is reused by the next
   * call: read it first.
   */
  candidates(s: string, i: number): number[] {
    const out = this.found;
    out.length = 0;
    for (const r of this.everywhere) out.push(r);
    this.walk(this.root, s, i, out);
    if (out.length > 1) {
      out.sort((a, b) => a - b);
      let n = 1;
      for (let k = 1; k < out.length; k++) if (out[k] !== out[n - 1]) out[n++] = out[k]!;
      out.length = n;
    }
    return out;
  }

  private walk(node: Node, s: string, i: number, out: number[]): void {
    const ends = node.ends;
    for (let k = 0; k < ends.length; k++) out.push(ends[k]!);
    if (i < s.length) {
      const code = s.charCodeAt(i);
      const next = node.kid(this.folder.ofText(code));
      if (next) this.walk(next, s, i + 1, out);
      if (node.apostrophe && isApostrophe(code)) this.walk(node.apostrophe, s, i + 1, out);
      if (node.hyphen && isHyphenOrSpace(code)) this.walk(node.hyphen, s, i + 1, out);
      if (node.separator && isHyphenOrSpace(code)) this.walk(node.separator, s, i + 1, out);
      // `\s+` backtracks: every length of the run of spaces is a way on.
      if (node.space) for (let j = i; j < s.length && isSpace(s.charCodeAt(j)); j++) this.walk(node.space, s, j + 1, out);
    }
    if (node.hyphen) this.walk(node.hyphen, s, i, out); // the hyphen is optional
  }
}

/**
 * An alias as its pattern's steps: `parts` are the alias cut at its Arabic articles (as text.ts cuts it); each part's
 * characters are literals but for apostrophes, hyphens and spaces, which text.ts's pattern reads loosely.
 */
export function aliasSteps(parts: string[]): (Step | string)[] {
  const steps: (Step | string)[] = [];
  parts.forEach((part, k) => {
    if (k > 0) steps.push({ kind: 'article' });
    for (const c of part) {
      if (APOSTROPHES.has(c)) steps.push({ kind: 'apostrophe' });
      else if (HYPHENS.has(c)) steps.push({ kind: 'hyphen' });
      else if (c === ' ') steps.push({ kind: 'space' });
      else steps.push(c);
    }
  });
  return steps;
}
