/**
 * The regex gate (src/regex-gate.ts) skips a pattern only when the text lacks every word the pattern needs: it must
 * never skip a text the pattern matches. Checked on patterns of the kinds the finders use and on sentences written
 * for this test, in several wars and kinds of text, and with spellings that only case folding joins.
 */
import { describe, expect, it } from 'vitest';
import { mayMatch, needles } from '../src/regex-gate.ts';
import { allMatches } from '../src/text.ts';

const PATTERNS = [
  /\b(?:withdr(?:ew|awn|awing)|retreat(?:ed|ing)?|pull(?:ed|ing|s)?\s+out)\s+(?:from|of)\b/gi,
  /(?:,\s*(?:including|among\s+them)|,?\s+such\s+as)\b/gi,
  /(?<=\bwith\s[^,;.]{1,80}?\s)(?:captured|seized|retaken)\b/gi,
  /\b[Ss]ince\s+(?:then|that\s+time|the\s+start\s+of\s+the\s+(?:war|offensive))\b/g,
  /\b(?:ended|resulted)\s+(?:in|with)\s+(?:a|an)\s+(?:[\p{L}\p{N}\-’']+\s+){1,4}?victory\b/giu,
  /\bfirst\s+time\s+(?:since|in)\b[^,.;]*/gi,
  /\b(?:now|back)\s+(?:in(?:to)?\s+)the\s+hands\s+of\b/gi,
  /\bkilled(?!\s+in\s+action)\b/g,
  /\d+\s*(?:km|kilomet(?:re|er)s?)\b/gi,
  /\b(?:[Oo]n\s+)?(?:May|March|Dec(?:ember)?)\s+\d{1,2}\b/g,
  /(?<=\bthe\s)(?:Wagner|RSF|Tatmadaw)\b/gu,
];

const SENTENCES = [
  'Houthi fighters withdrew from the port of Hodeidah on Tuesday, the coalition said.',
  'The Wagner Group pulled out of Bakhmut, handing its positions to the Russian army.',
  'The army took 14 villages, including Kafr Nabl and Hass, in southern Idlib.',
  'With the whole of Raqqa captured, the SDF turned east.',
  'Since then the RSF has held El Geneina and much of West Darfur.',
  'The battle for Mosul ended in a costly Iraqi victory in July 2017.',
  'Goma is now in the hands of M23 for the first time since 2012, residents said.',
  'Fighting near Mekelle killed 12 civilians, the regional health bureau said.',
  'Tatmadaw troops were stationed 30 kilometres from Lashio.',
  'ARMENIAN UNITS WITHDREW FROM SHUSHA, THE MINISTRY SAID.',
  'The LNA Retreated From the outskirts of Tripoli.',
  'Aid reached Sirte; no one was hurt.',
  'Long-s spelling: the militia withdrew ſrom the town (ſ folds to s).',
  'Kelvin sign: 30 \u212Am from Sudzha (it folds to k).',
  'Al-Shabaab fighters may have declared the march on Baidoa over by Dec 3, the AMISOM spokesman said.',
  'On May 21 the Tatmadaw shelled villages near Hpakant; the RSF held Nyala.',
  'the rsf and the wagner men marched on march 9 into Misrata.',
]; // written for this test

describe('the regex gate never skips a text the pattern matches', () => {
  for (const re of PATTERNS) {
    it(String(re).slice(0, 60), () => {
      for (const s of SENTENCES) {
        const ungated = [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))];
        if (ungated.length) expect(mayMatch(re, s), s).toBe(true);
        expect(allMatches(re, s).map((m) => [m.index, m[0]])).toEqual(ungated.map((m) => [m.index, m[0]]));
      }
    });
  }
});

describe('what the gate reads off a pattern', () => {
  it('the words each alternative needs, lower case', () => {
    expect(needles(/\b(?:Withdr(?:ew|awn)|retreat(?:ed)?)\s+from\b/g)).toEqual(['withdr', 'retreat']);
  });
  it('an optional word or group is not needed; a repeated one is', () => {
    expect(needles(/(?:the\s+)?(?:town)?\s+fell/i)).toEqual(['fell']);
    expect(needles(/abc?d/)).toEqual(['ab']);
    expect(needles(/(?:shell)+ing/)).toEqual(['shell']);
  });
  it('a lookbehind needs its words in the text; a negative one needs nothing', () => {
    expect(needles(/(?<=\bdeclared\s)liberated/)).toEqual(['liberated']);
    expect(needles(/(?<!not\s)(?:taken)/)).toEqual(['taken']);
  });
  it('a pattern with no word it needs, or one the reader does not read, is always run', () => {
    expect(needles(/\p{Lu}\p{L}+/u)).toBeNull();
    expect(needles(/(\w+)\s+\1/)).toBeNull();
    expect(needles(/a|\w+/)).toBeNull();
    expect(mayMatch(/\p{Lu}\p{L}+/u, 'anything')).toBe(true);
  });
  it('skips a sentence with none of the words', () => {
    expect(mayMatch(PATTERNS[0]!, 'Aid reached Sirte; no one was hurt.')).toBe(false);
    expect(allMatches(PATTERNS[0]!, 'Aid reached Sirte; no one was hurt.')).toEqual([]);
  });
  it('leaves a global pattern at lastIndex 0 when it skips, as a run to the end does', () => {
    const re = /\bretreat\b/g;
    re.lastIndex = 5;
    allMatches(re, 'The army held Marib.');
    expect(re.lastIndex).toBe(0);
  });
  it('a word whose letter pairs all occur, but apart, is still absent', () => {
    // "withdr": wi, it, th, hd, dr — each in "with", "Mahdi", "drones" — never together.
    const s = 'Raids with drones hit the Mahdi army; fighters held the coast.';
    expect(mayMatch(/\bwithdr(?:ew|awn)\b/i, s)).toBe(false);
    expect(mayMatch(/\bwithdr(?:ew|awn)\b/i, `${s} Then they withdrew.`)).toBe(true);
  });
  it('a literal made anew on each call answers as the same pattern kept in a constant', () => {
    const fresh = () => /\b(?:shell(?:ed|ing)|bombard(?:ed|ment))\b/gi;
    for (const s of ['Artillery SHELLING of Kharkiv went on.', 'Rebels bombarded Goma.', 'Calm returned to Mogadishu.']) {
      expect(mayMatch(fresh(), s)).toBe(mayMatch(fresh(), s));
      expect(allMatches(fresh(), s).length > 0).toBe(mayMatch(fresh(), s));
    }
  });
  it('a pattern without the i flag needs its words as written, in the text as written', () => {
    const month = /\b(?:May|March|Dec(?:ember)?)\s+\d{1,2}\b/g;
    expect(needles(month, true)).toEqual(['May', 'March', 'Dec']);
    // Lower-cased, "may", "marched" and "declared" would let each of these through.
    for (const s of ['Houthi forces may have marched on Marib, the coalition declared.', 'FARDC troops retook Rutshuru on may 4.']) {
      expect(mayMatch(month, s), s).toBe(false);
    }
    expect(mayMatch(month, 'Airstrikes hit Idlib on May 4.')).toBe(true);
    expect(mayMatch(/\b(?:may|march)\s+\d{1,2}\b/gi, 'FARDC troops retook Rutshuru on MAY 4.')).toBe(true);
  });
  it('a pattern with the v flag is always run', () => {
    expect(mayMatch(new RegExp('retreat', 'v'), 'The army held Marib.')).toBe(true);
  });
});
