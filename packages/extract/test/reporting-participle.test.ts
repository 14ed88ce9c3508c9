/**
 * Who a narrative credits, met in fresh encyclopedic pages (Deir ez-Zor, Gharyan) and tested on sentences written for
 * them in several wars and genres:
 * - a second source's participle after its own clause ("the SOHR had differing numbers, reporting 135 fatalities");
 * - "X declared that ..." (and only with "that": "declared a ceasefire" says nothing);
 * - a narrative's next dated event is no longer the earlier source's news: the roundup carry stops at a sentence that
 *   opens on a calendar date of its own ("On 17 September 2016, ...").
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const who = (text: string) => extract(text).map((f) => [f.quantity?.value ?? f.place_mentions[0]?.text, f.reporter_texts]);

describe('a participle of reporting after a source\'s own clause', () => {
  it.each([
    ['encyclopedic, Syria', 'Rebel media said 60 soldiers were killed; the Observatory had lower figures, reporting 38 dead.',
      [[60, ['Rebel media']], [38, ['Observatory']]]],
    ['outlet, Sudan', 'The RSF said 200 soldiers died in the assault, while the Sudan Doctors Network gave a different toll, reporting 45 civilians killed.',
      [[200, ['RSF']], [45, ['Sudan Doctors Network']]]],
  ])('%s', (_genre, text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('a subject that is no source gives nothing', () => {
    expect(who('The offensive had stalled by then, reporting 12 dead in a week.')).toEqual([[12, []]]);
  });
});

describe('"X declared that ..." names its source', () => {
  it.each([
    ['encyclopedic, Libya', 'On 2 June, the LNA declared that its forces had captured Tarhuna.', 'LNA'],
    ['wire, Ukraine', 'The Russian defence ministry declared that 40 Ukrainian soldiers had been killed near Bakhmut.', 'Russian defence ministry'],
  ])('%s', (_genre, text, source) => {
    expect(who(text).every(([, names]) => (names as string[]).includes(source))).toBe(true);
    expect(who(text).length).toBeGreaterThan(0);
  });

  it('"declared" with no "that" credits no one', () => {
    expect(who('The army declared a curfew in Kidal after 14 civilians were killed.')).toEqual([[14, []]]);
  });
});

describe('a narrative\'s next dated event does not keep the earlier source', () => {
  it.each([
    ['encyclopedic, Syria', [
      'In July 2016, pro-government sources said that 30 soldiers were killed near the airbase.',
      'On 17 September 2016, coalition airstrikes killed 62 soldiers on the mountain.']],
    ['encyclopedic, Myanmar', [
      'In March 2023, the military claimed that 40 rebels had been killed near Loikaw.',
      'On 11 November 2023, resistance fighters killed 25 soldiers at a checkpoint.']],
    ['outlet, Ukraine', [
      'The regional governor said 8 civilians were killed in Kupiansk on Monday.',
      'On 14 October, a strike killed 5 people in Izium.']],
  ])('%s', (_genre, sentences) => {
    const got = who(sentences.join(' '));
    expect((got[0]![1] as string[]).length).toBeGreaterThan(0);
    expect(got[1]![1]).toEqual([]);
  });

  it('a weekday or an undated sentence still carries it', () => {
    const got = who('The Observatory said 12 civilians were killed in Idlib on Tuesday. On Wednesday, seven more died in Ariha.');
    expect(got[1]![1]).toEqual(got[0]![1]);
    expect((got[1]![1] as string[]).length).toBeGreaterThan(0);
  });
});
