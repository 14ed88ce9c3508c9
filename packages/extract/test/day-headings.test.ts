/**
 * A timeline's day headings: an encyclopedic campaign page splits its course into sections headed by a day ("17
 * November", "March 4", "=== 2 May 2022 ===" in a copy of the page's source). A fact of the section with no time
 * phrase of its own happened on that day, not on the lead's date.
 */
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_MARK as P, SECTION_MARK as S } from '@frontline/schema';
import { extract } from './helpers.ts';

/** The context of the fact placed at each of `places`, as the text's facts give it. */
const contexts = (text: string, places: string[]) => {
  const facts = extract(text);
  return places.map((place) => facts.find((f) => f.place_mentions.some((p) => p.text === place))?.time_context ?? []);
};
/** The last two entries of each context: the section mark and the date the section is of. */
const sectionDays = (text: string, places: string[]) => contexts(text, places).map((c) => c.slice(-2));

const ETHIOPIA = 'Adwa offensive\n\nThe Adwa offensive was a campaign fought in December 2021.\n\n== Timeline ==\n\n' +
  '=== 4 December ===\nAn airstrike on Adwa killed nine civilians.\n\n=== 6 December ===\nShelling of Axum wounded 14 people.';
const MYANMAR = 'Battle of Hpakant\n\nThe Battle of Hpakant was fought in March 2024 between the army and the KIA.\n\nCourse\n\n' +
  'March 11\nKIA fighters captured the village of Seng Tawng.\n\nMarch 14\nAn army airstrike on Hpakant killed six miners.';
const YEMEN = 'Hodeidah offensive\n\nThe offensive began in June 2018.\n\n=== 13 June ===\nCoalition forces entered the airport district.\n\n' +
  'Later, strikes on Zabid killed five fishermen.\n\n=== Aftermath ===\nFighting displaced 20,000 people from Hays.';

describe('a heading that is only a day dates its section', () => {
  it('day first in wiki marks (Ethiopia), month first on plain lines (Myanmar)', () => {
    expect(sectionDays(ETHIOPIA, ['Adwa', 'Axum'])).toEqual([[S, '4 December'], [S, '6 December']]);
    // The campaign's year stays at the chain's head: the day is read in it.
    expect(contexts(ETHIOPIA, ['Axum'])[0]![0]).toBe('in December 2021');
    expect(sectionDays(MYANMAR, ['Seng Tawng', 'Hpakant'])).toEqual([[S, 'March 11'], [S, 'March 14']]);
  });

  it('a day with its year, in markdown marks (Ukraine)', () => {
    const text = 'Siege of the plant\n\nThe siege lasted from April to May 2022.\n\n## 2 May 2022\n\nRussian shelling killed four civilians in Mariupol.';
    expect(contexts(text, ['Mariupol'])).toEqual([['2 May 2022', P, S, '2 May 2022']]);
  });

  it('every paragraph of the section goes back to its day, until a heading that is no date (Yemen)', () => {
    const [zabid, hays] = sectionDays(YEMEN, ['Zabid', 'Hays']);
    expect(zabid).toEqual([S, '13 June']);
    expect(hays).not.toEqual([S, '13 June']);
  });

  it('a heading that only mentions a day among other words is no date heading (Sudan)', () => {
    const text = 'Battle of Kosti\n\nThe battle was fought in May 2024.\n\nEvents of 9 May in the market\n\nShelling killed seven traders in Kosti.';
    expect(contexts(text, ['Kosti'])[0]).not.toContain(S);
  });
});
