/**
 * A generic word for non-state fighters takes the side of the armed group the story names (issue 9, round nl1):
 * "killing 77 militants" in a story about ISIL counts ISIL's fighters, not generic opposition fighters. A side in the
 * noun phrase ("rebel militants") stays the fighters' own; a story that names no such group leaves the noun's default.
 * Sentences written for the rule (wire, encyclopedic narrative, situation report; Iraq, Libya, Syria, Nigeria); none
 * from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const groups = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed').map((f) => [f.value, f.group]);

describe('generic fighters take the story\'s named group', () => {
  it('militants in a wire story about ISIL (Iraq)', () => {
    expect(groups('Iraqi forces pressed on against ISIL in western Mosul on Sunday. Air strikes hit the old city, killing 64 militants, the command said.')).toEqual([[64, 'isis_fighters']]);
  });

  it('insurgents in a campaign narrative about the Islamic State (Libya)', () => {
    expect(groups('In June the Islamic State launched a counter-attack on the eastern districts of Sirte. Government-aligned brigades repelled it over three days, killing 31 insurgents.')).toEqual([[31, 'isis_fighters']]);
  });

  it('a side in the noun phrase stays the fighters\' own (Syria)', () => {
    expect(groups('Regime forces advanced against ISIS near Palmyra. Some 12 rebel militants were killed in a separate clash.')).toEqual([[12, 'opposition_fighters']]);
  });

  it('a story that names no non-state group leaves the default (Nigeria)', () => {
    expect(groups('The army said its troops cleared three camps in Sambisa forest. Soldiers killed 17 militants in the operation.')).toEqual([[17, 'opposition_fighters']]);
  });

  it('a story about a non-state group of the opposition keeps its fighters opposition (Syria)', () => {
    expect(groups('HTS fighters attacked army positions near Saraqib on Monday. The army said it killed 40 militants.')).toEqual([[40, 'opposition_fighters']]);
  });
});
