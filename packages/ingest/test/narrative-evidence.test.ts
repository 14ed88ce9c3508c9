/**
 * A text that dates its events, never itself, says so in its publication evidence in one set phrase
 * (NARRATIVE_EVIDENCE), whichever shape told it: normalize reads that phrase to lend such a text no other article's
 * date. Texts written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { isNarrativeEvidence } from '@frontline/schema';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

const evidenceOf = (text: string) => ingestFiles([file('p.txt', text)]).articles[0]!.published_evidence;

describe('a narrative says it is one', () => {
  it.each([
    ['an infobox, Yemen', 'Battle of Hays\n\nDate 3 March – 9 April 2018\nLocation Hays, Hodeidah Governorate\nResult Coalition victory\n\nThe Battle of Hays was fought in 2018. On 3 March, coalition forces entered the town.'],
    ['a title span, Libya', 'Siege of Derna (2016–2018)\n\nThe LNA surrounded Derna in 2016. On 7 May 2018, it began its assault on the city.'],
    ['a lead defining the subject, Mali', 'Battle of Konna\n\nThe Battle of Konna was fought in January 2013 between Malian troops and Islamist fighters. On 10 January, the fighters took the town.'],
  ])('%s', (_shape, text) => {
    expect(isNarrativeEvidence(evidenceOf(text))).toBe(true);
  });

  it('a news report does not', () => {
    expect(isNarrativeEvidence(evidenceOf('Fighters seize town in central Mali\n\nBAMAKO, 10 January 2013 - Islamist fighters took the town of Konna on Thursday, residents said.'))).toBe(false);
  });
});
