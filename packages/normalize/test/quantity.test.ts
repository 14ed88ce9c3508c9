import { describe, expect, it } from 'vitest';
import { QUANTITY_MODIFIERS, VAGUE_WORDS, type Quantity, type QuantityModifier, type VagueWord } from '@frontline/schema';
import { RANGE_RULES, toRange } from '../src/quantity.ts';
import { toPersons } from '../src/persons.ts';

const num = (value: number, modifier: QuantityModifier | '' = ''): Quantity => ({ value, vague_word: '', modifier });
const word = (vague_word: VagueWord, modifier: QuantityModifier | '' = ''): Quantity => ({ value: null, vague_word, modifier });

/** Gold matching rule: count_best within [0.9 low, 1.1 high] of the gold range. */
const withinGold = (best: number | null, low: number, high: number): boolean => best !== null && best >= 0.9 * low && best <= 1.1 * high;

describe('range rule: numbers', () => {
  it('exact is a point', () => expect(toRange(num(43))).toEqual({ low: 43, best: 43, high: 43 }));
  it('an empty modifier is exact', () => expect(toRange(num(12, 'exact'))).toEqual({ low: 12, best: 12, high: 12 }));
  it('nearly widens downwards', () => expect(toRange(num(120000, 'nearly'))).toEqual({ low: 108000, best: 120000, high: 120000 }));
  it('at least widens upwards', () => expect(toRange(num(14, 'at_least'))).toEqual({ low: 14, best: 14, high: 16 }));
  it('more than widens upwards', () => expect(toRange(num(5000, 'more_than'))).toEqual({ low: 5000, best: 5000, high: 5500 }));
  it('about widens both ways', () => expect(toRange(num(100, 'about'))).toEqual({ low: 90, best: 100, high: 110 }));
  it('up to and less than have no lower bound but half', () => {
    expect(toRange(num(500, 'up_to'))).toEqual({ low: 250, best: 500, high: 500 });
    expect(toRange(num(10, 'less_than'))).toEqual({ low: 5, best: 10, high: 10 });
  });
  it('rounds low down and high up to whole units, to 0.1 for decimals', () => {
    expect(toRange(num(43, 'about'))).toEqual({ low: 38, best: 43, high: 48 });
    expect(toRange(num(2.5, 'about'))).toEqual({ low: 2.2, best: 2.5, high: 2.8 });
  });
  it('best is always the stated figure', () => {
    for (const m of QUANTITY_MODIFIERS) expect(toRange(num(77, m)).best).toBe(77);
  });
});

describe('range rule: vague words', () => {
  it('every vague word has a rule with low <= best <= high', () => {
    for (const w of VAGUE_WORDS) {
      const r = toRange(word(w));
      if (w === 'many') expect(r).toEqual({ low: null, best: null, high: null });
      else expect(r.low! <= r.best! && r.best! <= r.high!).toBe(true);
    }
  });
  it('the ranges step up without gaps between neighbouring words', () => {
    expect(toRange(word('dozens'))).toEqual({ low: 24, best: 36, high: 99 });
    expect(toRange(word('hundreds')).low).toBe(200);
    expect(toRange(word('thousands'))).toEqual({ low: 2000, best: 3000, high: 9999 });
    expect(toRange(word('millions'))).toEqual({ low: 2000000, best: 3000000, high: 9999999 });
  });
  it('a modifier in front of a word changes nothing', () => {
    expect(toRange(word('thousands', 'more_than'))).toEqual(toRange(word('thousands')));
  });
  it('no quantity gives an empty range', () => expect(toRange(null)).toEqual({ low: null, best: null, high: null }));
});

describe('range rule against the gold ranges of the seeds', () => {
  const cases: [string, Quantity, number, number][] = [
    ['more than 5,000 families', num(5000, 'more_than'), 5000, 6000],
    ['nearly 120,000', num(120000, 'nearly'), 110000, 120000],
    ['some 43', num(43, 'about'), 40, 46],
    ['an estimated 100', num(100, 'about'), 90, 110],
    ['at least 14', num(14, 'at_least'), 14, 20],
    ['more than 80', num(80, 'more_than'), 80, 90],
    ['nearly 30', num(30, 'nearly'), 25, 30],
    ['more than 340,000', num(340000, 'more_than'), 340000, 360000],
    ['dozens of villages', word('dozens'), 12, 99],
    ['scores of people', word('scores'), 20, 199],
    ['hundreds of others', word('hundreds'), 100, 999],
    ['thousands of civilians', word('thousands'), 1000, 9999],
    ['tens of thousands', word('tens_of_thousands'), 10000, 99999],
    ['millions of displaced', word('millions'), 1000000, 9999999],
  ];
  it.each(cases)('%s', (_phrase, q, low, high) => expect(withinGold(toRange(q).best, low, high)).toBe(true));
});

describe('RANGE_RULES as data', () => {
  it('covers every modifier and vague word', () => {
    expect(Object.keys(RANGE_RULES.modifiers).sort()).toEqual([...QUANTITY_MODIFIERS].sort());
    expect(Object.keys(RANGE_RULES.vague_words).sort()).toEqual([...VAGUE_WORDS].sort());
  });
  it('is JSON-serialisable for datapackage.json', () => {
    expect(JSON.parse(JSON.stringify(RANGE_RULES)).vague_words.dozens.best).toBe(36);
  });
});

describe('persons', () => {
  const r = { low: 5000, best: 5000, high: 5500 };
  it('families and households x 5 for displacement', () => {
    expect(toPersons('displacement', 'families', r)).toEqual({ low: 25000, best: 25000, high: 27500 });
    expect(toPersons('displacement', 'households', r)).toEqual({ low: 25000, best: 25000, high: 27500 });
  });
  it('persons stay persons, for displacement and casualties', () => {
    expect(toPersons('displacement', 'persons', r)).toEqual(r);
    expect(toPersons('casualty', 'persons', r)).toEqual(r);
  });
  it('places, km and territory facts have no persons', () => {
    expect(toPersons('territory', 'places', r)).toEqual({ low: null, best: null, high: null });
    expect(toPersons('territory', 'km', r)).toEqual({ low: null, best: null, high: null });
    expect(toPersons('displacement', 'km', r)).toEqual({ low: null, best: null, high: null });
  });
  it('an empty range stays empty', () => {
    expect(toPersons('displacement', 'families', { low: null, best: null, high: null })).toEqual({ low: null, best: null, high: null });
  });
});

describe('ranges as written', () => {
  const range = (value: number, upper: number, modifier: Quantity['modifier'] = 'exact'): Quantity => ({ value, vague_word: '', modifier, upper });
  it('"between 154,000 and 203,000": low and best the lower bound, high the upper', () =>
    expect(toRange(range(154000, 203000))).toEqual({ low: 154000, best: 154000, high: 203000 }));
  it('a hedge before the range widens both ends ("some 8 to 13")', () =>
    expect(toRange(range(8, 13, 'about'))).toEqual({ low: 7, best: 8, high: 15 }));
  it('"at least 20-25" widens the top', () => expect(toRange(range(20, 25, 'at_least'))).toEqual({ low: 20, best: 20, high: 28 }));
  it('an upper bound not above the value is no range', () => expect(toRange(range(12, 12))).toEqual({ low: 12, best: 12, high: 12 }));
  it('the rule is in the datapackage text', () => expect(RANGE_RULES.description).toContain('upper bound'));
});
