/**
 * The regex gate reads every need of a pattern, not only its best one: a text must hold a needle of each ("since"
 * and a digit; "of" and a month's name and a day's digit), and a digit class ("\d", "[12]", "[0-9]") needs a digit.
 * The gate still never skips a text the pattern matches. Sentences written for this test, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { allNeeds, mayMatch, needles } from '../src/regex-gate.ts';
import { allMatches } from '../src/text.ts';

const DIGITS = '0123456789'.split('');

const PATTERNS = [
  /\b[Ss]ince\s+(?:early\s+)?(?:19|20)\d{2}\b/g,
  /\b(?:[Ii]n|[Oo]ver|[Dd]uring)\s+(?:\d+|two|three)\s+(?:days?|weeks?)\s+of\s+(?:fighting|shelling)\b/g,
  /(?<=\b[Tt]he\s+)(?:3[01]|[12]\d|0?[1-9])\s*[–-]\s*(?:3[01]|[12]\d|0?[1-9])\s+(?:May|June|October)(?=\s+(?:clashes|violence)\b)/gu,
  /\bkilled\s+(?:at\s+least\s+)?[0-9]+\s+(?:civilians|people)\b/gi,
  /(?:the\s+)?(?:town)?\s+fell\s+on\s+[12]\d?\s+(?:March|April)/g,
];

const SENTENCES = [
  'Since 2014 the Houthis have held Sanaa, the coalition said.',
  'Since then, the RSF has held El Geneina; since early 2023 it has besieged El Fasher.',
  'In two weeks of fighting around Bakhmut, Ukrainian officials said, 40 soldiers died.',
  'Over 3 days of shelling in Goma killed 12 people, MSF said.',
  'During the 3-5 May clashes in Tripoli, the LNA lost several positions.',
  'The 12–14 October violence in Mogadishu displaced 2,000 families.',
  'Airstrikes killed at least 23 civilians in Idlib on Tuesday, the White Helmets said.',
  'The town fell on 14 March after a siege by Tatmadaw troops, residents told Reuters.',
  'The town of Marawi fell to the army; no date was given.',
  'Boko Haram fighters killed villagers in Borno, the governor said.',
  'Since the war began, the Taliban have taken many districts of Helmand.',
]; // written for this test

/** The pattern's matches run without the gate, as [index, text]. */
const ungated = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, m[0]]);

describe('the gate on every need never skips a text the pattern matches', () => {
  it('each pattern matches some of the sentences', () => {
    expect(PATTERNS.filter((re) => !SENTENCES.some((s) => ungated(re, s).length))).toEqual([]);
  });
  it('the gated matches are the ungated ones, sentence by sentence', () => {
    const gated = (re: RegExp, s: string) => allMatches(re, s).map((m) => [m.index, m[0]]);
    for (const re of PATTERNS) for (const s of SENTENCES) expect([re.source, s, gated(re, s)]).toEqual([re.source, s, ungated(re, s)]);
  });
});

describe('what the gate reads: every need', () => {
  it('a sequence needs each of its words and digits', () => {
    expect(allNeeds(/\bsince\s+\d{4}\s+in\s+(?:May|June)/)).toEqual([['since'], DIGITS, ['in'], ['may', 'june']]);
    expect(allNeeds(/\bsince\s+\d{4}\s+in\s+(?:May|June)/, true).at(-1)).toEqual(['May', 'June']);
  });
  it('a class of digits needs a digit; an optional one or another class needs nothing', () => {
    expect(allNeeds(/[12]\d?\s+km/)).toEqual([DIGITS, ['km']]);
    expect(allNeeds(/[0-9]+/)).toEqual([DIGITS]);
    expect(allNeeds(/\d?\s*km/)).toEqual([['km']]);
    expect(allNeeds(/[^0-9]+km/)).toEqual([['km']]);
    expect(allNeeds(/[A-Z]\s+km/)).toEqual([['km']]);
  });
  it('of several alternatives, only one best need each', () => {
    expect(allNeeds(/(?:fell|taken)\s+on\s+\d+|captured/)).toEqual([['fell', 'taken', 'captured']]);
    expect(needles(/(?:fell|taken)\s+on\s+\d+|captured/)).toEqual(['fell', 'taken', 'captured']);
  });
  it('skips a sentence that holds the best word but not a digit the pattern needs', () => {
    const re = PATTERNS[0]!;
    const s = 'Since the war began, the Taliban have taken many districts of Helmand.';
    expect(mayMatch(re, s)).toBe(false);
    expect(mayMatch(re, 'Since 2014 the Houthis have held Sanaa.')).toBe(true);
  });
  it('skips a sentence with "of" and a period but no fighting word', () => {
    const re = PATTERNS[1]!;
    expect(mayMatch(re, 'In two weeks of talks in Doha, the sides agreed on nothing.')).toBe(false);
    expect(mayMatch(re, 'In two weeks of fighting near Kherson, both sides lost ground.')).toBe(true);
  });
});
