/**
 * "He said" or "she said" stands for one person: after "Residents said ...", the pronoun is someone the text named
 * otherwise, never the residents (attribution.ts, `recent`). When the last speakers were a group and a person, it is
 * the person; when they were only a group, the figure has no reporter rather than a wrong one. Sentences written for
 * this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reporters = (text: string) => extract(text).filter((f) => f.category === 'killed' || f.category === 'displaced').map((f) => f.reporter_texts);

describe('a personal pronoun is no group', () => {
  it.each([
    ['outlet, Mozambique', 'Residents said the insurgents burned the market before dawn. More than 600 people have fled the village, he said.'],
    ['wire, Burkina Faso', 'Security sources said the convoy was ambushed near Djibo. At least 15 soldiers were killed, she said.'],
    ['sitrep, DR Congo', 'Local officials said the attackers came from the forest. Some 2,300 households fled to Bunia, he said.'],
  ])('%s: not the group', (_genre, text) => {
    expect(reporters(text)).toEqual([[]]);
  });

  it.each([
    ['wire, Somalia', 'Residents and a clan elder, Hassan Nur, said the fighters left at noon. Nine civilians were killed in the crossfire, he said.', 'Hassan Nur'],
    ['outlet, Myanmar', 'Residents and a nurse, Daw Khin, said the jet struck twice. Eleven people were killed in the strike on the village, she said.', 'Daw Khin'],
  ])('%s: the person among the speakers', (_genre, text, person) => {
    expect(reporters(text)).toEqual([[expect.stringContaining(person)]]);
  });

  it('"they said" after a group is that group', () => {
    const got = reporters('Witnesses said the gunmen arrived on motorbikes. Twenty villagers were killed in the raid on Kourakou, they said.');
    expect(got).toEqual([[expect.stringMatching(/witnesses/i)]]);
  });
});
