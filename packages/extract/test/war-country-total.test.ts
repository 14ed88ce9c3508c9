/**
 * A whole war named by its country's demonym ("The Syrian conflict has claimed N lives"): its running total is placed
 * in that country, so no region of the story's lead is inferred for it. Sentences written for the rule, in the
 * background paragraphs outlets close their stories with, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const placesOf = (text: string) => extract(text).map((f) => f.place_mentions.map((m) => m.text));

describe("a war's running total is its country's", () => {
  it.each([
    ['Shelling killed a child in Iblin on Tuesday. The Syrian conflict has claimed more than 500,000 lives since it erupted in March 2011.', 'Syria'],
    ['Gunmen killed four soldiers in Taiz on Monday. The Yemeni civil war has killed an estimated 150,000 people since 2015.', 'Yemen'],
    ['The RSF shelled El Fasher on Friday, killing 12. The Sudanese war has killed more than 20,000 people since April 2023.', 'Sudan'],
    ['A drone struck Sirte on Sunday, killing two. The Libyan conflict has displaced some 200,000 people since 2014.', 'Libya'],
  ])('%s', (text, country) => expect(placesOf(text).at(-1)).toEqual([country]));

  it.each([
    // the war of one side on another place: the demonym names the attacker, not where the dead were
    'The Israeli war on Gaza has killed more than 40,000 people, the health ministry said.',
    // a day's toll, not a running total: the sentence's own event
    'The Syrian conflict flared in Idlib on Tuesday when shelling killed three civilians.',
  ])('no country given: %s', (text) => {
    for (const places of placesOf(text)) expect(places).not.toContain('Israel');
    for (const places of placesOf(text)) expect(places).not.toEqual(['Syria']);
  });
});
