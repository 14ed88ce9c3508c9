/**
 * A wire story republished under another outlet's name speaks in the agency's own voice ("residents told AFP",
 * "Reuters could not independently verify", "an AP correspondent saw"): the figures it credits to no one are the
 * agency's. Sentences written for the rule, in wire copy from several wars; none comes from the corpus or a probe page.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The reporters of each figure of a text, in order. */
const reporters = (text: string) => extract(text).map((f) => f.reporter_texts);

describe("a republished wire story's unattributed figures", () => {
  it.each([
    ['AFP, Sahel', 'Witnesses told AFP the gunmen arrived on motorbikes at dawn.\n\nMore than 9,000 people have fled the commune since January.', 'AFP'],
    ['Reuters, Ukraine', 'Reuters could not independently verify the account.\n\nRussian shelling has killed 31 civilians in the town this month.', 'Reuters'],
    // The voice may come after the figure: the whole story is the agency's.
    ['AP, Myanmar', 'About 4,500 people have fled Kani township since the raid.\n\nTwo villagers told The Associated Press that soldiers burned the market.', 'Associated Press'],
    ['AFP, DR Congo, correspondent', 'An AFP correspondent saw burned huts along the road to Bunia.\n\nAt least 23 civilians were killed in the attack on the camp.', 'AFP'],
  ])('%s', (_genre, text, agency) => expect(reporters(text)[0]).toEqual([agency]));

  it('a named source still carries its own figure', () => {
    const text = 'A resident told Reuters the army had left.\n\nThe health ministry said 14 people were killed in Taiz.';
    expect(reporters(text)[0]).toEqual(['health ministry']);
  });

  it.each([
    // Another outlet citing the agency says nothing of whose the story is.
    ['cited agency, Gaza', 'A doctor told the AFP news agency that the hospital had no fuel.\n\nAt least 40 people were killed in Rafah overnight.'],
    // "told" with no news medium after it.
    ['no medium, Sudan', 'Witnesses told residents to leave before dark.\n\nAt least 40 people were killed in Tawila overnight.'],
  ])('no author: %s', (_genre, text) => expect(reporters(text)[0]).toEqual([]));
});
