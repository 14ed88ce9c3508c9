/**
 * A headline and a body sentence telling the same fact: the body's sentence is kept as the fact's source, with its
 * reporter, date, place and exact count; the headline fills only what the body leaves out.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.ts';
import { article, brief } from './helpers.ts';

const doc = (text: string) => extractArticle({ ...article(text), title: text.split('\n')[0]! });
const view = (text: string) => doc(text).map((f) => ({ ...brief(f), sentence: f.sentence_index }));

describe("a headline's fact restated in the body", () => {
  it("keeps the body's reporter, date and sentence for the headline's count (news, Libya)", () => {
    const text = '100 killed in clashes in Tripoli\nThe mayor said 100 people were killed in clashes in Tripoli on Friday.';
    const facts = doc(text);
    expect(facts).toHaveLength(1);
    const [f] = facts;
    expect(f!.quantity?.value).toBe(100);
    expect(f!.reporter_texts).toEqual(['mayor']);
    expect(f!.time_phrase).toBe('on Friday');
    expect(f!.sentence_index).toBe(1);
    expect(text.slice(f!.char_start, f!.char_end)).toBe(f!.quote);
    expect(f!.quote).toContain('The mayor said 100');
  });

  it("takes the body's place where the headline names none, for the same count (wire, Yemen)", () => {
    const facts = view('Air strike on crowded market kills 30 civilians\nHealth officials said 30 civilians were killed on Tuesday when an air strike hit a market in Hodeidah.');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value: 30, group: 'civilians', places: ['Hodeidah'], time: 'on Tuesday', reporters: ['Health officials'], sentence: 1 });
  });

  it("keeps the body's source for the same displacement figure (situation report, Sudan)", () => {
    const facts = view('More than 2,000 people displaced by fighting in El Fasher\nOCHA said more than 2,000 people fled El Fasher between 3 and 5 May.');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ category: 'displaced', value: 2000, reporters: ['OCHA'], places: ['El Fasher'], sentence: 1 });
  });

  it("keeps the headline's source when the body names none (monitor, Syria)", () => {
    const facts = view('SOHR: 42 civilians killed in Idlib air strikes\nAt least 42 civilians were killed in air strikes on Idlib on Sunday.');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value: 42, group: 'civilians', time: 'on Sunday', sentence: 1 });
    expect(facts[0]!.reporters.join()).toContain('SOHR');
  });

  it("keeps the headline's victims when the body says only 'people' (news, Ukraine)", () => {
    const facts = view('Shelling kills 20 civilians in Donetsk\nLocal authorities said 20 people were killed by shelling in Donetsk on Sunday.');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value: 20, group: 'civilians', time: 'on Sunday', reporters: ['Local authorities'], sentence: 1 });
  });

  it('keeps two facts where the figures differ or the places do (a round headline, another town)', () => {
    // Different figures are different facts, a headline's round one included.
    expect(view('Attack kills 23 in Mopti region\nThe army said 25 people were killed in Mopti on Monday.')).toHaveLength(2);
    expect(view('100 killed in clashes in Tripoli\nThe mayor said 104 people were killed in clashes in Tripoli on Friday.')).toHaveLength(2);
    // The body's dead are in another town than the headline's.
    expect(view('100 killed in clashes in Tripoli\nThe mayor said 100 people were killed in clashes in Misrata on Friday.')).toHaveLength(2);
  });
});
