/**
 * "thousands of deaths and millions displaced": a figure after "and" opens the list's next member, so the first
 * member's noun is its own ("deaths"), not the noun after the next figure (nouns.ts, figureFirst). Sentences written
 * for the rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.phrase]);

describe('a vague member before another figure', () => {
  it.each([
    ['outlet (Sudan)', 'The war that began in Khartoum has led to thousands of deaths and millions displaced, the agency said.', 'thousands', 'millions'],
    ['wire (Ethiopia)', 'The conflict in Tigray caused hundreds of deaths and tens of thousands displaced, aid groups said.', 'hundreds', 'tens of thousands'],
    ['assessment (DRC)', 'M23 attacks around Goma have left dozens of deaths and thousands displaced since January.', 'dozens', 'thousands'],
  ])('%s', (_name, text, deaths, displaced) => {
    const got = facts(text);
    expect(got).toContainEqual(['killed', deaths]);
    expect(got).toContainEqual(['displaced', displaced]);
    expect(got).not.toContainEqual(['displaced', deaths]);
  });

  it('modifiers of two sides joined by "and" still share one noun', () => {
    const got = extract('Clashes near Marib killed 53 pro-government and Houthi fighters, officials said.').map(brief);
    expect(got.filter((f) => f.category === 'killed').map((f) => f.value)).toEqual([53]);
  });
});
