/**
 * A page stamp set after the dateline on the same line, with its label's colon: "MOGADISHU (Garowe Online) - Updated:
 * June 26, 2024". The labelled day is the report's own (published.ts OWN_DATE_CUE), not the latest date in the text
 * (which would put the story's "on Monday" after it). Texts written for the rule, several wars and outlets.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a labelled stamp after the dateline', () => {
  it.each([
    ['outlet (Somalia)', 'Militants overrun base\n\nBELEDWEYNE (Hiiraan Online) - Updated: March 4, 2024\n\nAl-Shabaab fighters overran an army base near the town on Sunday, residents said.', '2024-03-04'],
    ['outlet (Afghanistan)', 'Taliban enter Ghazni\n\nKABUL (Pajhwok) - Updated: 12 August 2021\n\nTaliban fighters entered the city of Ghazni on Thursday after heavy clashes, a provincial council member said.', '2021-08-12'],
    ['sitrep (Haiti)', 'Displacement flash note\n\nPORT-AU-PRINCE - Updated: 10 October 2024\n\nSome 1,200 people fled the commune of Arcahaie on Tuesday after gang attacks.', '2024-10-10'],
  ])('%s', (_name, text, day) => {
    const got = publishedOf(text);
    expect([got.published_earliest, got.published_latest]).toEqual([day, day]);
  });

  it('a colon after another word is no such label', () => {
    const got = publishedOf('Week in review\n\nWhat was updated: the toll of 9 May 2022 in Mariupol.\n\nShelling killed four people in Mariupol on 9 May 2022, officials said.');
    expect(got.published_evidence).not.toMatch(/dates itself/);
  });
});
