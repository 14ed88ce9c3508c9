/**
 * "killed in war-torn Yemen", "fled conflict-hit Sudan": a hyphened word of what befell a place (war-torn, conflict-hit,
 * war-ravaged, violence-wracked, drought-stricken) describes the place after it, as "rebel-held" does; the name is
 * still the fact's place. Sentences written for the rule, in several genres and wars; none comes from the corpus or
 * the fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const placesOf = (text: string) => extract(text)[0]!.place_mentions.map((p) => p.text);

describe('a place after a word of what befell it', () => {
  it.each([
    ['wire, Yemen', 'Ten civilians were killed in war-torn Yemen on Monday, a rights group said.', 'Yemen'],
    ['monitor, Sudan', 'At least 60 civilians were killed in conflict-hit Sudan last week, the network said.', 'Sudan'],
    ['sitrep, Somalia', 'Some 12,000 people were displaced in drought-stricken Somalia in May.', 'Somalia'],
    ['outlet, Syria', 'Shelling killed seven people in war-ravaged Idlib on Sunday.', 'Idlib'],
  ])('%s', (_genre, text, place) => expect(placesOf(text)).toContain(place));
});
