/**
 * A back-reference to a news outlet credits the outlet named before it (issue 9, round nl1): "the paper", "the
 * broadcaster", "the agency" (reporting.csv, kind media_anaphor) name the latest outlet of the text; "the agency"
 * after a UN agency stays that agency's. Sentences written for the rule (outlet, wire; Ukraine, Sudan, Syria); none
 * from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const credits = (text: string) => extract(text).map(brief).map((f) => [f.value, f.reporters]);

describe('a media back-reference credits the outlet named before', () => {
  it('"the newspaper said" after a paper (outlet, Ukraine)', () => {
    expect(credits('Ukrainska Pravda reported that shelling killed 9 people in Kherson. The newspaper said 21 people were wounded in Nikopol.')).toEqual([
      [9, ['Ukrainska Pravda']], [21, ['Ukrainska Pravda']],
    ]);
  });

  it('"the paper said" with another source named between (outlet, Sudan)', () => {
    expect(credits('Sudan Tribune reported that 14 civilians were killed in El Fasher. The paper said 3,000 people fled Tawila on Sunday.')).toEqual([
      [14, ['Sudan Tribune']], [3000, ['Sudan Tribune']],
    ]);
  });

  it('"the agency said" after a news agency (wire, Syria)', () => {
    expect(credits('Xinhua said air strikes killed 11 civilians in Saraqib. The agency said 6 more died in Ariha on Monday.')).toEqual([
      [11, ['Xinhua']], [6, ['Xinhua']],
    ]);
  });

  it('"the agency said" after a UN agency stays the UN agency (wire, Sudan)', () => {
    expect(credits('Xinhua reported fighting in Nyala. The International Organization for Migration said 4,000 people fled the town. The agency said most were women.').map(([, r]) => r)).toEqual([
      ['International Organization for Migration'],
    ]);
  });
});
