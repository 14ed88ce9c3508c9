/**
 * A section heading that opens on a month and its year, or a year, and names what happened then ("## May 2015
 * offensive", "== January 2024 offensive =="): its date is the section's, as a heading that is only a date is. A
 * narrative's yearless days under it are of that year, however far the story stood from it; a fact with no time phrase
 * of its own is of that month. Found by the long narrative probes (probe-narrative-dates.test.ts: Mali, Sudan). Pages
 * written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { periodOf, type Case } from './dated-text.ts';

describe('a heading led by a month and year dates its section', () => {
  it.each<Case>([
    ['encyclopedic, Libya: a yearless day a year and more after the story\'s',
      'Benghazi campaign (2014–2017)\n\nThe Benghazi campaign was fought between the Libyan National Army and Islamist militias for the city of Benghazi.\n\n' +
      '## Operation Dignity\n\nOn 16 May 2014, Khalifa Haftar launched Operation Dignity against the militias. On 23 October, the LNA entered the Benina district.\n\n' +
      '## February 2016 offensive\n\nOn 21 February, the LNA captured the Leithi district after heavy fighting that killed 26 soldiers.',
      'killed', 26, ['2016-02-21', '2016-02-21']],
    ['encyclopedic, Iraq: "## May 2015 offensive" after an autumn',
      'Anbar campaign (2014–2015)\n\nThe Anbar campaign was a series of battles between Iraqi forces and ISIL in Anbar Governorate.\n\n' +
      '## Hit\n\nOn 2 October 2014, ISIL fighters attacked the town of Hit. On 13 October, militants killed 30 policemen near the town.\n\n' +
      '== May 2015 offensive ==\n\nOn 17 May, ISIL suicide bombers killed 45 soldiers in Ramadi.',
      'killed', 45, ['2015-05-17', '2015-05-17']],
    ['encyclopedic, Myanmar: a fact with no time phrase under "## January 2024 offensive"',
      'Operation 1027 (2023–2024)\n\nOperation 1027 was an offensive by the Three Brotherhood Alliance in northern Shan State.\n\n' +
      '## First phase\n\nOn 27 October 2023, the alliance attacked army posts near Chinshwehaw. On 6 November, drone strikes killed 12 soldiers near Hsenwi.\n\n' +
      '## January 2024 offensive\n\nFighting around Laukkai killed 40 civilians.',
      'killed', 40, ['2024-01-01', '2024-01-31']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a heading whose year is inside a name is no date of the section (Ukraine)', () => {
    const text = 'Battle of Bakhmut (2022–2023)\n\nThe Battle of Bakhmut was fought between Russian and Ukrainian forces.\n\n' +
      '## Assault\n\nOn 1 August 2022, Wagner fighters attacked the eastern outskirts. On 20 December, shelling killed 7 civilians in the town.\n\n' +
      '## Operations of the 93rd brigade\n\nOn 11 January, Wagner fighters killed 16 soldiers in Soledar.';
    expect(periodOf(text, 'killed', 16)).toEqual(['2023-01-11', '2023-01-11']);
  });
});
