/**
 * A claim the text itself calls false ("the ministry falsely claimed that its troops had captured X", "state media
 * wrongly reported that ..."): the event did not happen as claimed, so it gives no fact, whichever way its figure or
 * place was read (modality.ts `isRefuted`, data/modality.csv kind `refuting`). A plain claim stays a hedged fact.
 * Sentences written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const kinds = (text: string) => extract(text).map((f) => `${f.kind}:${f.category}`);

describe('a claim called false gives no fact', () => {
  it.each([
    ['encyclopedic, Ukraine', 'Fighting began on 17 March 2022, when the Russian Ministry of Defense falsely claimed that DPR forces had captured Marinka.'],
    ['wire, Libya', 'State media wrongly reported that the army had retaken Tawergha, a claim the ministry withdrew on Friday.'],
    ['outlet, Iraq', 'ISIL falsely claimed to have killed 40 Peshmerga fighters near Sinjar.'],
    ['monitor, South Sudan', 'Officials mistakenly stated that 40 people had been killed in the Bentiu market.'],
    ['encyclopedic, Myanmar', 'The junta erroneously announced that its troops had seized Hpakant on 3 May.'],
  ])('%s', (_genre, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('a claim not called false, or a refuted claim in another clause, still gives its fact', () => {
    expect(kinds('The Russian Ministry of Defense claimed that DPR forces had captured Marinka.')).toEqual(['territory:captured']);
    expect(kinds('The strike killed 9 people in Taiz, officials said; the Houthis falsely claimed it hit a depot.')).toEqual(['casualty:killed']);
  });
});
