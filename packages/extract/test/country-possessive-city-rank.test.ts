/**
 * A city named after its country's possessive and its rank ("in Yemen's second city Aden", "Pakistan's largest city
 * Karachi", "Ukraine's second city Kharkiv"): the city is a place of the fact, as after "the" ("in the second city
 * Aden"). A possessive that is no country's ("Hemedti's") is no such article. Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const places = (text: string) => extract(text).map(brief).map((f) => f.places);

describe("a country's ranked city", () => {
  it.each([
    ['Yemen', 'At least five civilians were killed in clashes in Yemen\'s second city Aden, a security source said.', 'Aden'],
    ['Pakistan', 'A bomb killed nine people in Pakistan\'s largest city Karachi, police said.', 'Karachi'],
    ['Ukraine', 'Russian shelling wounded 14 people in Ukraine\'s second city Kharkiv, the governor said.', 'Kharkiv'],
    ['Libya', 'Fighting killed 12 people in Libya’s second city Benghazi on Friday, medics said.', 'Benghazi'],
  ])('%s', (_war, text, city) => expect(places(text)[0]).toContain(city));

  it('a possessive that names no country is no article: the name after it gets no cue from it', () => {
    expect(places('Twelve fighters were killed in Hemedti\'s second city Nyala, the army said.')[0]).not.toContain('Nyala');
  });
});
