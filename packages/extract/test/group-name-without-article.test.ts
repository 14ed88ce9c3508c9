/**
 * A group's name without its article (issue 9, fresh assessments): the Long War Journal and many outlets write "Shabaab"
 * for al-Shabaab; the registry (schema/data/actors.csv) holds that spelling too. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

describe('Shabaab without "al-"', () => {
  it.each([
    ['assessment, Somalia', 'Shabaab fighters captured the town of Marka on Friday.', /Shabaab/],
    ['wire, Somalia', 'Shabaab took control of the town of Bulo Burte on Monday, residents said.', /Shabaab/],
  ])('%s', (_genre, s, actor) => {
    const got = extract(s).filter((f) => f.kind === 'territory').map((f) => brief(f).actor);
    expect(got).toEqual([expect.stringMatching(actor)]);
  });
});

/**
 * A Turkish-led operation named as the side that holds ground (ISW and wire copy on northern Syria, 2016-2019): the
 * Turkish-backed Syrian factions of "Operation Euphrates Shield", "Operation Olive Branch", "Operation Peace Spring"
 * (registry rows of the Syrian National Army, local to Syria).
 */
describe('an operation named as a side (Syria)', () => {
  it.each([
    ['assessment', 'Operation Euphrates Shield fighters entered Jarabulus on 24 August 2016.', /Euphrates Shield/],
    ['wire', 'The SDF lost Tal Abyad to Operation Peace Spring in October 2019.', /Peace Spring/],
    ['encyclopedic', 'Operation Olive Branch forces took control of Afrin city on 18 March 2018.', /Olive Branch/],
  ])('%s', (_genre, s, actor) => {
    const got = extract(s).filter((f) => f.kind === 'territory').map((f) => brief(f).actor);
    expect(got).toEqual([expect.stringMatching(actor)]);
  });
});
