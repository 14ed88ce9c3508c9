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

describe('place context', () => {
  const texts = (ms: { text: string }[] | undefined) => (ms ?? []).map((m) => m.text);

  it('a wire story: the paragraph\'s places, latest first, and none past a paragraph break', () => {
    const facts = extract(
      'Shelling hits eastern towns\n' +
        'Russian shells struck the town of Balakliia on Monday. Later, artillery hit Izium. Four civilians were killed, the governor said.\n' +
        'Separately, 300 people were evacuated by train.',
    );
    const killed = facts.find((f) => f.count_phrase === 'Four')!;
    expect(killed.place_mentions).toEqual([]);
    expect(texts(killed.place_context?.paragraph)).toEqual(['Izium', 'Balakliia']);
    const evacuated = facts.find((f) => f.count_phrase === '300')!;
    expect(texts(evacuated.place_context?.paragraph)).toEqual([]);
  });

  it('a situation report: the headline and the lead are every fact\'s lead, the headline\'s own fact included', () => {
    const facts = extract(
      '12,000 flee fighting in Kutum\n' +
        'Fighting in Kutum, North Darfur, has displaced some 12,000 people since Friday, the agency said.\n' +
        'Partners distributed food.\n' +
        'Another 3,000 people arrived at the camps.',
    );
    for (const f of facts) expect(texts(f.place_context?.lead)).toContain('Kutum');
    expect(facts[facts.length - 1]!.place_context?.paragraph).toEqual([]);
  });

  it('between: over an article\'s facts, every place it names, each once, the last fact taking the rest', () => {
    const text =
      'The battle for Mosul entered its third month.\n' +
        'Clashes killed 40 fighters.\n' +
        'Aid reached Erbil and Dohuk.\n' +
        '2,000 families fled.\n' +
        'Convoys later reached Kirkuk.';
    const facts = extract(text);
    expect(facts.map((f) => f.count_phrase)).toEqual(['40', '2,000']);
    expect(texts(facts[0]!.place_context?.between)).toEqual(['Mosul']);
    expect(texts(facts[1]!.place_context?.between)).toEqual(['Erbil', 'Dohuk', 'Kirkuk']);
  });
});
