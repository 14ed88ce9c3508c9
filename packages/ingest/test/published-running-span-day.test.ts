/**
 * News dating (issue 9, probes of outside news pages): a page with no date line whose latest full date is the day a
 * running span starts from ("fighting has raged since 10 May 2024", "killed since October 7, 2023") was dated to the
 * week after that day, though the span runs to the report's day, often a year on. Such a day bounds the report from
 * below and leaves it undated (published.ts, fromLatestDay and fromLatestMonth); a later day of the story still dates
 * it. Texts written for the rule (several genres and wars; none from the corpus or the probe pages).
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a day a running span starts from does not date the report', () => {
  it.each([
    ['regional outlet (Sudan)', 'Drones hit Kadugli market\n\nDrone strikes on the market in Kadugli killed 14 civilians, a local monitor said. Clashes between the army and the RSF in South Kordofan have continued since 3 June 2025.', '2025-06-03'],
    ['wire (Gaza)', 'Strike on tent camp kills 12\n\nAn Israeli strike on a tent camp in Mawasi killed 12 people, the civil defence agency said. The war has killed more than 40,000 Palestinians since October 7, 2023, according to the health ministry.', '2023-10-07'],
    ['monitor toll (Myanmar)', 'Airstrike toll\n\nAn airstrike on a monastery in Sagaing killed 22 villagers, the group said. Fighting in the township has not stopped since 28 October 2023.', '2023-10-28'],
  ])('%s: undated, not before the span\'s first day', (_genre, text, floor) => {
    const got = publishedOf(text);
    expect(got.published).toBe('');
    expect(got.published_earliest).toBe(floor);
  });

  it('regional outlet (Ukraine): a month before the span\'s day is background too', () => {
    const got = publishedOf('Vovchansk shelled again\n\nRussia massed troops on the northern border in April 2024. Shelling of Vovchansk has not stopped since 10 May 2024, the governor said, and two more people were killed.');
    expect(got.published).toBe('');
    expect(got.published_earliest).toBe('2024-05-10');
  });

  it.each([
    ['wire (Yemen)', 'Marib fighting\n\nThe coalition said on 14 March 2024 that 30 Houthi fighters had been killed since 1 March 2024.', '2024-03-14'],
    ['outlet (DRC)', 'Rubaya falls\n\nM23 fighters took Rubaya on 30 April 2024, residents said. Some 8,000 people have fled the area since 1 February 2024.', '2024-04-30'],
  ])('%s: a later day of the story still dates the report', (_genre, text, day) => {
    expect(publishedOf(text).published_earliest).toBe(day);
  });
});
