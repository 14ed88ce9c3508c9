/**
 * "12 Iraqi soldiers were killed": extract counts fighters named for a nation as people (a foreign force in Syria's
 * war) and keeps the nation word, so normalize can read it against the article's country. Sentences written for this
 * file, from several wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const casualty = (text: string) => extract(text).find((f) => f.kind === 'casualty');

describe('the nation word of fighters counted as people', () => {
  const cases: [string, string][] = [
    ['Twelve Iraqi soldiers were killed in an ambush near Tuz Khurmatu on Monday, police said.', 'Iraqi'],
    ['Three Turkish troops were killed in clashes with PKK militants in Hakkari on Sunday.', 'Turkish'],
    ['Five Russian servicemen were killed when a drone hit their barracks near Belgorod, the governor said.', 'Russian'],
    ['Two Israeli soldiers were killed in fighting in northern Gaza on Tuesday, the army said.', 'Israeli'],
  ];
  for (const [text, nation] of cases) {
    it(`${nation}: ${text.slice(0, 50)}`, () => {
      const f = casualty(text);
      expect(f?.group).toBe('people');
      expect(f?.group_nation).toBe(nation);
    });
  }

  it('is absent when the side is no nation or the dead are no fighters', () => {
    expect(casualty('Eight Houthi fighters were killed in an air strike near Marib on Friday.')?.group_nation).toBeUndefined();
    expect(casualty('Ten Iraqi civilians were killed in a car bombing in Baghdad on Friday.')?.group_nation).toBeUndefined();
    expect(casualty('Seven soldiers were killed in an attack on a base in Mopti region, the army said.')?.group_nation).toBeUndefined();
  });
});
