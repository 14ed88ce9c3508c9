/**
 * A side met in a fresh encyclopedic page (a Donbas battle), tested on sentences written for this file in several
 * wars: after "and" with a time phrase of its own ("and the next day", "and on 9 May", "and later"), a new clause
 * begins, and its own subject took what it says: "the garrison was ordered to withdraw and the next day the rebels
 * captured the town" is the rebels' capture, not the garrison's. Without a subject of its own the clause keeps the
 * sentence's.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory' && f.category === 'captured').map((f) => f.actor_text);

describe('"and" + a time phrase opens a clause with its own subject', () => {
  it.each([
    ['Ukraine', 'On 3 May 2023, Ukrainian troops were ordered to pull back from the village and the next day Russian forces captured Orikhove.', 'Russian forces'],
    ['Syria', 'On 11 March 2016, government troops abandoned their checkpoints and on 12 March the rebels seized Kafr Nabudah.', 'rebels'],
    ['Sudan', 'On 2 June 2024, the army evacuated its garrison and the following morning the RSF took control of Singa.', 'RSF'],
    ['Mali', 'On 14 November 2023, JNIM fighters left their positions and later the army retook Kidal.', 'the army'],
  ])('%s', (_war, text, actor) => {
    expect(captures(text)).toEqual([actor]);
  });

  it('a clause without its own subject keeps the sentence\'s', () => {
    expect(captures('On 6 August 2024, Ukrainian troops crossed the border and the next day captured Sudzha.')).toEqual(['Ukrainian troops']);
  });
});
