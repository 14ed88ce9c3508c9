/**
 * "The same sources said ...", "the same official added ...": a back-reference to the source the text quoted last
 * with that noun, which reports the next capture too (issue 9). It names only a source whose own last word is the noun
 * (singular or plural): after "a GNA spokesman said", "the same sources" stands for nobody the text named. Sentences
 * written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

const reporters = (text: string, place: string) =>
  facts(text).filter((f) => f.kind === 'territory' && f.place_mentions.includes(place)).map((f) => f.reported_by);

describe("'the same sources' reports what the source quoted last reported", () => {
  it.each([
    ['situation report, DR Congo', on('2023-10-27', 'DRC: North Kivu Flash Update No. 3\n\n' +
      'According to local sources, M23 fighters took control of Kishishe on 24 October. ' +
      'The same sources said they had also entered Bambo the following day.'), 'Bambo', ['local sources']],
    ['wire, Syria', on('2019-05-10', 'HAMA, May 10 (AFP) - Government forces took Kafr Nabudah on Thursday, a military official told AFP. ' +
      'The same official said troops had also seized Qalaat al-Madiq.'), 'Qalaat al-Madiq', ['military official']],
    ['encyclopedic, Yemen', 'Battle of Hajour (2019)\nDate 10 January – 10 March 2019\n\n' +
      'On 7 March 2019, the Houthis took Hajour, tribal sources said. The same sources said the fighters had entered Kushar the next day.',
    'Kushar', ['tribal sources']],
  ])('%s', (_genre, text, place, want) => {
    expect(reporters(text, place)).toEqual([want]);
  });

  it('names no other source when none quoted last has that noun', () => {
    const text = 'Battle of Sirte (2016)\nDate 5 May – 6 December 2016\n\n' +
      'On 10 August 2016, GNA forces captured the conference centre, a GNA spokesman said. ' +
      'The same sources said ISIL fighters had withdrawn from Sirte.';
    expect(reporters(text, 'Sirte').flat()).not.toContain('GNA spokesman');
  });
});
