/**
 * A day of the month written alone ("On the 9th, ...", "By the 14th, ..."), as campaign narratives write it once a
 * paragraph has named the month (fresh encyclopedic texts, round ency13): it is that day of the month the text has
 * reached, and the next anaphoric step ("The next day") counts from it. Texts written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { facts as run, on } from './dated-text.ts';

const periodOf = (facts: Fact[], place: string) => {
  const f = facts.find((x) => x.place_mentions.includes(place));
  return f ? [f.period_start, f.period_end] : JSON.stringify(facts.map((x) => [x.place_mentions, x.time_phrase, x.period_start]));
};

/** A campaign page: its title, a lead that defines it, then the paragraph that dates its events. */
const page = (title: string, lead: string, story: string) => `${title}\n\nThe ${title} ${lead}.\n\n${story}`;

describe('a day of the month written alone is of the month the narrative has reached', () => {
  const cases = {
    Ukraine: {
      text: page('Kupiansk counteroffensive', 'was an operation by Ukrainian forces in Kharkiv Oblast', 'On 4 September 2022, ' +
        'Ukrainian troops crossed the Oskil. On the 9th, Russian officials ordered evacuations. The next day, Ukrainian forces recaptured Kupiansk.'),
      place: 'Kupiansk', day: '2022-09-10',
    },
    Syria: {
      text: page('Tadmur offensive', 'was a campaign by the Syrian Army east of Homs', 'On 2 March 2016, the Syrian Army advanced on ' +
        'Tadmur. On the 14th, the army captured Al-Qaryatayn.'),
      place: 'Al-Qaryatayn', day: '2016-03-14',
    },
    Libya: {
      text: page('Sirte offensive', 'was a battle between GNA forces and ISIL', 'Fighting resumed on 1 June 2016. By the 10th, GNA ' +
        'forces had captured Harawa.'),
      place: 'Harawa', day: '2016-06-10',
    },
  };
  for (const [war, { text, place, day }] of Object.entries(cases)) {
    it(war, () => expect(periodOf(run(text), place)).toEqual([day, day]));
  }

  it('a report\'s day of the month counts from its dated paragraph, not from the publication day', () => {
    const text = on('2023-05-20', 'Sudan: fighting in El Obeid\n\nFighting broke out near El Obeid on 2 May. ' +
      'On the 6th, RSF fighters captured Um Sumeima.');
    expect(periodOf(run(text), 'Um Sumeima')).toEqual(['2023-05-06', '2023-05-06']);
  });

  it('"the 25th of December" stays a calendar date, and a unit\'s ordinal dates nothing', () => {
    const facts = run('Mosul offensive\n\nThe Mosul offensive was a campaign by Iraqi forces.\n\n' +
      'On 20 November 2016, Iraqi troops advanced. On the 29th of December, the 9th Division captured Al-Intisar.');
    expect(periodOf(facts, 'Al-Intisar')).toEqual(['2016-12-29', '2016-12-29']);
  });
});
