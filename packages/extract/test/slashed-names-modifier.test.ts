/**
 * Names joined by a slash before a counted noun are one modifier: outlets pair a group with its branch or its other
 * name ("nine PKK/YPG members", "12 ISIS/Daesh fighters"). The slash used to end the noun phrase, so the figure
 * counted nothing. Sentences written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const tolls = (s: string) => extract(s).map(brief).map((b) => [b.category, b.value]);

describe('a slash between names before the counted noun', () => {
  it.each([
    ['Turkish outlet, Syria', 'Seven YPG/PKK members were neutralized near Tal Rifaat, the ministry said on Sunday.', ['killed', 7]],
    ['Iraqi outlet, Iraq', '12 ISIS/Daesh militants were killed in an air strike in the Hamrin mountains, the Security Media Cell said.', ['killed', 12]],
    ['Sudanese outlet, Sudan', 'Four RSF/Janjaweed gunmen were wounded in clashes near El Obeid, residents said.', ['injured', 4]],
    ['Somali outlet, Somalia', 'Twenty Shabaab/Qaeda fighters were killed in Middle Shabelle, the army said.', ['killed', 20]],
  ])('%s', (_genre, s, expected) => expect(tolls(s)).toContainEqual(expected));
});
