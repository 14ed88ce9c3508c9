/** The document layer keeps, for each fact, the time phrases that dated the text before its sentence. */
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_MARK as P } from '@frontline/schema';
import { findTimes } from '../src/index.ts';
import { extract } from './helpers.ts';

describe('time context', () => {
  it('an encyclopedic narrative: dated paragraphs, then anaphoric steps', () => {
    const facts = extract(
      'On 4 November 2017, the army launched its assault on the ridge.\n\n' +
        'On 9 November, the army captured three villages. The next day, rebels recaptured two villages.\n\n' +
        'Clashes killed 14 fighters.',
    );
    const context = Object.fromEntries(facts.map((f) => [f.count_phrase || f.quote.slice(0, 20), f.time_context]));
    expect(context['three']).toEqual(['On 4 November 2017', P]);
    expect(context['two']).toEqual(['On 4 November 2017', P, 'On 9 November']);
    expect(context['14']).toEqual(['On 4 November 2017', P, 'On 9 November', 'The next day', P]);
  });

  it('a phrase naming a year starts the chain again; report dates and running-total starts are not events', () => {
    const facts = extract(
      'In March 2019, shelling displaced 3,000 people, the agency said on Monday.\n' +
        'Since 1 May, 40 civilians have been killed. On 2 June 2019, 12 more were killed.\n' +
        'Another 5 civilians were killed.',
    );
    const last = facts[facts.length - 1]!;
    expect(last.time_context).toEqual(['On 2 June 2019', P]);
  });

  it('finds the anaphoric phrases a narrative steps with', () => {
    const phrases = (s: string) => findTimes(s).map((t) => t.text);
    expect(phrases('The next day, troops entered the town.')).toEqual(['The next day']);
    expect(phrases('Later that day, the militants withdrew.')).toEqual(['Later that day']);
    expect(phrases('On the same day, 7 soldiers were killed.')).toEqual(['On the same day']);
    expect(phrases('Two days later, the army took the hill.')[0]).toMatch(/^Two days later/);
  });
});
