/**
 * "The strike killed, in a preliminary toll, five people": a short aside set off by commas between an active verb and
 * its counted object leaves the object the verb's. Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const counts = (s: string) => extract(s).map((f) => `${f.category} ${f.quantity?.value}`);

describe('a counted object after an aside', () => {
  it.each([
    ['wire, Syria', "The strike killed, in a preliminary toll, five people, Syria's defence ministry said.", 'killed 5'],
    ['wire, Ukraine', 'The missile attack killed, according to a first count, seven civilians in Kharkiv, the governor said.', 'killed 7'],
    ['outlet, Nigeria', 'The bandits killed, residents told reporters, 23 villagers in Zamfara State.', 'killed 23'],
    ['sitrep, DRC', 'The fighting displaced, by initial estimates, 12,000 people from villages around Rutshuru.', 'displaced 12000'],
    ['wire, Somalia', 'The bombing wounded, hospital officials said, 31 people at the checkpoint in Mogadishu.', 'injured 31'],
  ])('%s: %s', (_genre, s, want) => expect(counts(s)).toContain(want));

  it.each([
    // a figure inside the commas makes a list, not an aside: no object is read across it
    ['The army reported 3 killed, 4 wounded, 9 missing after the raid on Gao.', 'killed 9'],
  ])('no aside: %s', (s, unwanted) => expect(counts(s)).not.toContain(unwanted));
});
