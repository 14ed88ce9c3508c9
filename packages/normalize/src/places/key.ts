/**
 * The transliteration-insensitive key of a place name.
 *
 * Arabic place names reach English and French news in many Latin spellings ("Kafr Nabl", "Kafranbel", OCHA's "Kafr Nobol").
 * Instead of listing spellings, both the gazetteer and the mentions are reduced to a consonant skeleton in which the
 * letters transliterators disagree about fall together:
 *
 * | step | rule | why |
 * | --- | --- | --- |
 * | 0 | other scripts to Latin letters (any-ascii); the Arabic-script article is split off | "Авдіївка" = "Avdiivka" |
 * | 1 | lower case, strip diacritics, drop apostrophes and ʿ ʾ | "Ma'arin" = "Maarin"; ayn/hamza are written or not |
 * | 2 | split on spaces, hyphens and punctuation | "Khan-Al-Asal" = "Khan Al Asal" |
 * | 3 | drop article tokens (al, el, a, as, ash, ad, ar, at, az, an, ag, ej, ...) before another word | "as-Safira" = "al-Safira"; Sudanese "Ag Geneina" = "El Geneina" |
 * | 4 | "abul", "abu l" -> "abu" | "Abul Fashafish" = "Abu al-Fashafish" |
 * | 5 | a glued article ("Elkhan", "Alsafira") is dropped | OCHA and news glue al-/el- to the next word |
 * | 6 | digraphs: sh/ch/sch -> S, th -> D, dj -> j, ph -> f | one Arabic letter, several spellings |
 * | 7 | classes: d z dh zh th dz -> D; k q c kh -> K; g gh -> G; p -> b; v -> f | d/dh/z/ẓ and k/q/kh are confused |
 * | 8 | h inside a word is dropped (a word-initial h is kept) | "Mhardeh" = "Muhradah", "Dahr" = "Dar" |
 * | 9 | doubled letters -> one, before vowels go | "Hayyan" = "Hayan", "Binnish" = "Bennsh" (b-n-S both) |
 * | 10 | vowels (a e i o u, and y inside a word) dropped; a word-initial vowel becomes 'a' | "Salqin" = "Salqeen", "Idlib" = "Edlib" |
 * | 11 | the nisba ending -iyeh/-iyah/-iya/-ieh becomes one symbol Y; French "ou" before a vowel is w | "Khalidiyeh" = "Khalidiya" |
 * | 12 | a w closing a syllable after a ("aw" before a consonant or at the end) is the diphthong others write o, ou or au | "Hadramawt" = "Hadramout", "Dayr az Zawr" = "Deir ez-Zor", "Hawran" = "Horan" |
 *
 * "Tell"/"Tal"/"Tall"/"Tel" and "Um"/"Umm" need no rule of their own: steps 9 and 10 make them "tl" and "am".
 * The classes are chosen so that distinct gazetteer names mostly stay distinct; the test suite reports the number of
 * colliding keys in the gazetteer before and after. Because a skeleton this loose does merge some distinct names,
 * matching runs in tiers (placeKeys): a match on the exact spelling wins over a skeleton match, and a skeleton match
 * must keep the mention's vowel shape (shape.ts: "Zabdin" is no "Zabdani", "Bam" no "Pama").
 */

import anyAscii from 'any-ascii';

/**
 * Article tokens of Arabic names (al- and its sun-letter assimilations, French el-/ech-; Sudanese and Egyptian speech
 * also assimilate it before g/j, which Sudan's names keep in writing: "Ag Geneina", "Ej Jebelein").
 */
const ARTICLES = new Set([
  'al', 'el', 'il', 'ul', 'a', 'as', 'ash', 'ad', 'adh', 'ar', 'at', 'ath', 'az', 'an', 'es', 'esh', 'ech', 'ed', 'er', 'et', 'ez', 'en',
  'ag', 'ej',
]);

const VOWELS = 'aeiou';

/** The Arabic article glued to a word in Arabic script ("الفاشر"): split off, so it folds like "al-Fashir". */
const ARABIC_SCRIPT_ARTICLE = /(^|[\s\u200c-\u200f])\u0627\u0644(?=[\u0621-\u064a])/gu;

/**
 * Step 0: any script to Latin letters with any-ascii (Cyrillic "Авдіївка" -> "Avdiivka", Arabic "سراقب" -> "srqb"),
 * so one key serves every alternate name a pack has. Latin text passes through with its diacritics folded.
 */
export function toLatin(name: string): string {
  const latinOnly = /^[\p{Script=Latin}\p{N}\p{P}\p{Z}\p{M}\p{S}]*$/u.test(name);
  return latinOnly ? name : anyAscii(name.replace(ARABIC_SCRIPT_ARTICLE, '$1al '));
}

/** True for a name written in Latin letters only (digits, punctuation and accents allowed). */
export const isLatinScript = (name: string): boolean => !/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(name);

/** Lower case, no diacritics, no apostrophes or ayn/hamza marks, tokens split on anything not a letter or digit. */
export function nameTokens(name: string): string[] {
  return toLatin(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´ʼʿʾ'ʻ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** Steps 3-5: drop articles, fold "abul"/"abu l", drop glued articles. */
function stripArticles(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    const hasNext = i + 1 < tokens.length;
    if (t === 'abul') t = 'abu';
    if (t === 'l' && out[out.length - 1] === 'abu') continue;
    if (hasNext && ARTICLES.has(t)) continue;
    out.push(stripGluedArticle(t, out.length === 0));
  }
  return out;
}

/**
 * "Elkhan" -> "khan", "Alsafira" -> "safira". Inside a name any al/el prefix with at least two letters after it is an
 * article. As the first word only before a consonant and three letters, so "Aleppo", "Ali", "Alamein" stay whole.
 */
function stripGluedArticle(t: string, first: boolean): string {
  const m = /^(al|el)([a-z]+)$/.exec(t);
  if (!m) return t;
  const rest = m[2]!;
  if (first) return rest.length >= 3 && !VOWELS.includes(rest[0]!) ? rest : t;
  return rest.length >= 2 ? rest : t;
}

/** Steps 6-7: letters to classes, digraphs first. Returns a list of symbols. */
function letterClasses(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const two = word.slice(i, i + 2);
    const three = word.slice(i, i + 3);
    if (three === 'sch') { out.push('S'); i += 2; continue; }
    if (two === 'sh' || two === 'ch') { out.push('S'); i += 1; continue; }
    if (two === 'th') { out.push('D'); i += 1; continue; }
    if (two === 'dj') { out.push('j'); i += 1; continue; }
    if (two === 'ph') { out.push('f'); i += 1; continue; }
    out.push(CLASS[word[i]!] ?? word[i]!);
  }
  return out;
}

const CLASS: Record<string, string> = { d: 'D', z: 'D', k: 'K', q: 'K', c: 'K', g: 'G', p: 'b', v: 'f', x: 'K' };

/** The nisba ending -iyeh/-iyah/-iya/-ieh/-yeh ("Khalidiyeh" = "Khalidiya"), kept as one symbol 'Y'. */
const NISBA = /(?:iy{1,2}|ey|i)[ea]h?$|(?<=[^aeiou])y[ea]h?$/;

/** French "ou" before a vowel is the consonant w ("Zaouia" = "Zawiya"). */
const frenchW = (word: string): string => word.replace(/ou(?=[aeiy])/g, 'w');

/**
 * Step 12: Arabic's diphthong aw closing a syllable ("Hadramawt", "Zawr", "Hawran") is written o, ou or au by others
 * ("Hadramout", "Zor", "Horan"), so its w goes with the vowels. A w before a vowel is a consonant ("Tawila", "Hawija").
 */
const closingW = (word: string): string => word.replace(/(?<=a)w(?![aeiouy])/g, '');

/** Steps 8-12 on one word. */
function skeleton(raw: string): string {
  const nisba = NISBA.test(raw) && raw.replace(NISBA, '').length >= 2;
  const word = closingW(frenchW(nisba ? raw.replace(NISBA, '') : raw));
  const symbols = letterClasses(word).filter((s, i) => i === 0 || s !== 'h');
  const dedup = symbols.filter((s, i) => i === 0 || s !== symbols[i - 1]);
  let out = '';
  dedup.forEach((s, i) => {
    const vowel = VOWELS.includes(s) || (i > 0 && s === 'y');
    if (i === 0) out += VOWELS.includes(s) ? 'a' : s;
    else if (!vowel) out += s;
  });
  return nisba ? `${out}Y` : out;
}

/** The words of a name as the keys see them: lower case, no accents or apostrophes, articles dropped. */
export const wordsOf = (name: string): string[] => stripArticles(nameTokens(name));
const joinKey = (parts: string[]): string => parts.filter((s) => s.length > 0).join(' ');

/** The key of a place name: equal keys mean "same name, however transliterated". '' for a name with no letters. */
export function placeKey(name: string): string {
  return joinKey(wordsOf(name).map((w) => skeleton(w)));
}

/**
 * Keys from strict to loose, for matching in tiers (a finer tier's match wins over a looser one's):
 * 0 spelling (case, accents, punctuation and articles ignored), 1 the skeleton (placeKey), 2 the skeleton without the
 * nisba ending ("Hamdaniyeh" = "Hamdana"), 3 that key with the word breaks removed ("Kafranbel" = "Kafr Nabl",
 * "Maarshourin" = "Maar Shurin"). A tier between spelling and skeleton that kept the vowel pattern was tried and
 * dropped: OCHA often writes names without vowels ("Hbit", "Bennsh"), so a vowel-pattern match picked the wrong
 * village ("al-Hobait" -> "Habat") where the skeleton honestly reports two candidates.
 */
export function placeKeys(name: string): string[] {
  const words = wordsOf(name);
  const skel = joinKey(words.map((w) => skeleton(w)));
  const loose = skel.replace(/Y(?= |$)/g, '');
  return [joinKey(words), skel, loose, joinedWords(loose)];
}

/**
 * Tier 3: the words' skeletons run together, a letter doubled across a word break written once ("Kafr Rumma" =
 * "Kafrumma"). Only across the break: a double a word's own dropped vowel leaves ("Bab" -> "bb") stays, or "Bab Touma"
 * would be "Betima".
 */
function joinedWords(loose: string): string {
  return loose.split(' ').reduce((out, w) => out + (out && out[out.length - 1] === w[0] ? w.slice(1) : w), '');
}

export const KEY_TIERS = ['spelling', 'skeleton', 'loose', 'joined'] as const;

/** How many place names' answers a lookup, a nearest-name search and a name shape keep (see keptAnswers): the names of a large run, bounded. */
export const KEPT_NAMES = 20_000;
