/**
 * "forcing N families (M people) to flee": a causing verb whose object's count is restated in brackets in another
 * unit before the infinitive of leaving. Both counts are the verb's object, as "N households (M individuals) were
 * displaced" gives both. A bracket that is a part of the object ("40 of them from X") is no restatement. Sentences
 * written for the rule (IOM, OCHA, UNHCR, wire; Yemen, Sudan, Myanmar, DR Congo, Ethiopia); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.unit, f.places, f.time]);

describe('a forced flight whose count is restated in brackets', () => {
  it('families restated in people, a running total (IOM, Yemen)', () => {
    const text = 'Since March 2021, clashes in Al Jawf have led to mass displacement, forcing an estimated 4,210 families (29,470 people) to flee towards Marib.';
    expect(facts(text)).toEqual([
      ['displaced', 4210, 'families', ['Al Jawf', 'Marib'], 'Since March 2021'],
      ['displaced', 29470, 'persons', ['Al Jawf', 'Marib'], 'Since March 2021'],
    ]);
  });

  it('households restated in individuals, a dated event (UNHCR, Myanmar)', () => {
    const text = 'Airstrikes compelled 1,200 households (7,200 individuals) to leave Hpakant on 3 May.';
    expect(facts(text)).toEqual([
      ['displaced', 1200, 'households', ['Hpakant'], 'on 3 May'],
      ['displaced', 7200, 'persons', ['Hpakant'], 'on 3 May'],
    ]);
  });

  it('an approximate restatement before "to seek refuge" (OCHA, Sudan)', () => {
    const text = 'Shelling drove 900 families (about 5,400 people) to seek refuge in Kosti last week.';
    expect(facts(text).map(([category, value, unit]) => [category, value, unit])).toEqual([['displaced', 900, 'families'], ['displaced', 5400, 'persons']]);
  });

  it('a part of the object in brackets is no restatement (DR Congo)', () => {
    const text = 'Fighting forced 300 families (40 of them from Nyunzu) to flee Kalemie.';
    expect(facts(text).filter(([, value]) => value === 40)).toEqual([]);
  });

  it('a bracket before another infinitive is no flight (Ethiopia)', () => {
    const text = 'The offensive forced 300 fighters (120 militiamen) to surrender near Kobo.';
    expect(facts(text)).toEqual([]);
  });
});
