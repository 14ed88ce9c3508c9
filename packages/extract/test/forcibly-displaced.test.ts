/**
 * "Forcibly displaced" (issue 9): rights monitors and humanitarian reports write the flight of people as "N people
 * forcibly displaced due to clashes", the adverb where "internally" stands in "internally displaced", in a report's
 * bullet or key-figure line with no auxiliary. It is the same flow; the cue of a bare participle now knows the adverb
 * (a bullet whose cause is "due to" reaches no verb frame). Every line is written for this file, in several wars and genres; none comes
 * from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('a bullet\'s "forcibly displaced" counts people who fled', () => {
  it.each([
    ['a key-figure bullet with its cause (situation report, DR Congo)', 'Eastern Africa: Weekly Update as of 12 May 2024\n\nKEY FIGURES\n\n  • 3.2K people forcibly displaced due to clashes in Djugu, Ituri on 3-4 May\n', 3200],
    ['a highlight bullet with its cause (monitor, Myanmar)', 'Sagaing: Monthly Protection Monitoring\n\nHIGHLIGHTS\n\n• 1,450 people forcibly displaced due to army shelling in Kani township in May\n• Access remains restricted.\n', 1450],
    ['a key-figure line with its cause and span (assessment, Colombia)', 'Colombia: Risk Update\n\nKEY FIGURES\n\n- 8,300 people forcibly displaced due to fighting in Arauca between January and March\n', 8300],
  ])('%s', (_name, text, value) => {
    expect(facts(text)).toEqual([['displaced', value]]);
  });

  it('a sentence with its auxiliary was read before and still is (outlet, Colombia)', () => {
    const text = 'Violence in Nariño\n\nSome 900 people were forcibly displaced from rural Tumaco last week, the Ombudsman\'s Office said on Monday.\n';
    expect(facts(text)).toEqual([['displaced', 900]]);
  });

  it('a figure with "forcibly" and no participle of flight is no fact (wire, Sudan)', () => {
    const text = 'KHARTOUM, May 3 (AFP) - Police forcibly dispersed 300 protesters outside the ministry on Sunday, witnesses said.\n';
    expect(facts(text)).toEqual([]);
  });
});
