/**
 * A long page told by year sections ("### 2017") keeps each section's paragraphs in its year: an aside that looks
 * ahead ("However, by the end of 2018, the team had not yet begun its work.") moves the story past the section, and
 * the next paragraph's yearless "On 15 October" is the section's October, not the one after the aside's year. Only a
 * story that left the section's span goes back to it; inside it, the story's own day carries on. Sentences written for
 * this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './dated-text.ts';

const PAGE = (title: string, sections: string) => `${title}\n\nThe ${title} was an armed conflict that lasted several years.\n\n## Timeline\n${sections}`;

describe('a year section holds its paragraphs after an aside on a later year', () => {
  it.each([
    ['Iraq', PAGE('Northern Iraq war', '### 2016\nOn 3 May, the army retook Bashir.\n\n### 2017\nIn September, a UN team was set up to document crimes. ' +
      'However, by the end of 2018, the team had not yet launched its investigation.\n\nOn 15 October, the army captured Altun Kupri.'), 'Altun Kupri', '2017-10-15'],
    ['Syria', PAGE('Qalamoun campaign', '=== 2013 ===\nOn 19 November, the army captured Qara. Residents only returned in 2019.\n\nOn 2 December, the army captured Deir Atiyah.'), 'Deir Atiyah', '2013-12-02'],
    ['Afghanistan', PAGE('Helmand campaign', '### 2015\nOn 27 July, Taliban fighters captured Musa Qala. The district was not retaken until 2017.\n\nOn 22 December, the Taliban captured Sangin.'), 'Sangin', '2015-12-22'],
  ])('%s', (_war, text, place, day) => {
    const got = facts(text).filter((f) => f.kind === 'territory' && f.place_mentions.includes(place));
    expect(got.map((f) => [f.period_start, f.period_end])).toEqual([[day, day]]);
  });

  it('inside its section the story carries its own day: "The next day" after a paragraph break', () => {
    const text = PAGE('Helmand campaign', '### 2015\nOn 27 July, Taliban fighters captured Musa Qala.\n\nThe next day, they captured Now Zad.');
    const got = facts(text).filter((f) => f.kind === 'territory' && f.place_mentions.includes('Now Zad'));
    expect(got.map((f) => [f.period_start, f.period_end])).toEqual([['2015-07-28', '2015-07-28']]);
  });
});
