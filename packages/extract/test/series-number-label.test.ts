/**
 * A number right after the capitalised head of a kind of report ("Snapshot 5", "Flash Update 7", "Situation Report
 * 12") numbers the report in its series; it counts no one, even with a verb of displacement or harm later in the
 * sentence. In lower case ("in its latest update 12 people ...") the noun ends its phrase and the figure counts.
 * Every sentence is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('a report\'s number in its series is no count', () => {
  it.each([
    // situation report, Sudan
    ['According to IOM DTM Snapshot 5, some 12,000 people have been displaced from Wad Madani.', [['displaced', 12000]]],
    // situation report, DRC
    ['As noted in Flash Update 7, about 3,000 people fled Sake towards Goma.', [['displaced', 3000]]],
    // monitor, Ukraine
    ['Protection Snapshot 3, covering Kharkiv oblast, recorded 15 civilians killed.', [['killed', 15]]],
    // wire, Myanmar, quoting a UN series
    ['OCHA, in its Myanmar Humanitarian Update 9, said 8,000 people had been displaced in Sagaing.', [['displaced', 8000]]],
    // assessment, Sahel
    ['Our Regional Overview 4 found that militants killed 60 villagers near Djibo.', [['killed', 60]]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(want));

  it('a lower-case report noun before a figure leaves the figure a count', () => {
    expect(counts('In its latest update 12 people were reported killed in Marib, the ministry said.')).toEqual([['killed', 12]]);
  });
});
