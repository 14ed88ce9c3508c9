/**
 * A figure the text gives for a whole country (or several) in words, "across the country", "nationwide", "in the
 * three countries", "the war has killed N", "since the war began", is of no one admin1 area: the area of its
 * paragraph, lead or headline is not inferred for it (places/country-wide.ts, admin-context.ts). A figure of the same
 * sentence that the words do not cover keeps its inferred area. Invented sentences of several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '@frontline/schema';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { figureClause, isCountryWide } from '../src/places/country-wide.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();

/** A fact whose quote is `sentence` and whose figure is the first occurrence of `figure` in it. */
function figureIn(sentence: string, figure: string, extra: Partial<ExtractedFact> = {}): ExtractedFact {
  const at = sentence.indexOf(figure);
  if (at < 0) throw new Error(`${figure} not in ${sentence}`);
  return fact({ quote: sentence, char_start: 0, char_end: sentence.length, figure_start: at, figure_end: at + figure.length, ...extra });
}

/** The admin1 and its basis of each fact, the lead (headline) naming `lead`. */
function areas(facts: ExtractedFact[], text: string): [string[], string][] {
  return normalizeArticle(facts, article(), gz, { text }).facts.map((f) => [f.admin1, f.admin1_basis]);
}

const underHeadline = (place: string) => ({ paragraph: [], lead: [mention(place)], between: [mention(place)] });

describe('a country-wide figure is not pinned to the headline\'s area', () => {
  it('wire (Sudan): "the war has killed at least N" under a headline on a Darfur town', () => {
    const sentence = 'The war has killed at least 25,000 people, aid groups estimate.';
    const text = `Fighters storm El Fasher as residents flee\n\n${sentence}`;
    const f = figureIn(sentence, '25,000', { sentence_index: 1, place_context: underHeadline('El Fasher') });
    expect(areas([f], text)).toEqual([[[], '']]);
  });

  it('situation report (Ukraine): "displaced across the country" under a headline on an oblast', () => {
    const sentence = 'Some 3.7 million people remain displaced across the country, the agency said.';
    const text = `Kharkiv: Flash Update No. 4\n\n${sentence}`;
    const f = figureIn(sentence, '3.7 million', { kind: 'displacement', category: 'idps_stock', sentence_index: 1, place_context: underHeadline('Kharkiv') });
    expect(areas([f], text)).toEqual([[[], '']]);
  });

  it('monitor (Sahel): a toll "in the three countries" under a headline on one region', () => {
    const sentence = 'Nearly 7,000 people died in the three countries last year, according to the monitor.';
    const text = `Attack near Mopti leaves soldiers dead\n\n${sentence}`;
    const f = figureIn(sentence, '7,000', { sentence_index: 1, place_context: underHeadline('Mopti') });
    expect(areas([f], text)).toEqual([[[], '']]);
  });

  it('regional outlet (Myanmar): a fronted "Since the war began," and "nationwide"', () => {
    const fronted = 'Since the war began, more than 2 million people have fled their homes.';
    const nationwide = 'Airstrikes have killed 1,100 civilians nationwide this year.';
    const text = `Junta jets bomb Sagaing village\n\n${fronted} ${nationwide}`;
    const facts = [
      figureIn(fronted, '2 million', { kind: 'displacement', category: 'displaced', sentence_index: 1, place_context: underHeadline('Sagaing') }),
      figureIn(nationwide, '1,100', { sentence_index: 2, place_context: underHeadline('Sagaing') }),
    ];
    expect(areas(facts, text)).toEqual([[[], ''], [[], '']]);
  });

  it('think-tank assessment (Yemen): the same headline still gives its area to a figure of the place', () => {
    const sentence = 'Four fighters were killed in the clashes on Tuesday.';
    const text = `Tribal clashes in Hadramout\n\n${sentence}`;
    const f = figureIn(sentence, 'Four', { sentence_index: 1, place_context: underHeadline('Hadramout') });
    expect(areas([f], text)).toEqual([[['Hadramaout'], 'headline']]);
  });
});

describe('a campaign\'s or an insurgency\'s whole toll spans its areas (adm-r50)', () => {
  it.each([
    ['wire (Yemen)', 'Since its start, the campaign has killed 96 people, the rebels\' health ministry said.', '96', 'Strikes hit fuel depot in Hodeidah', 'Hodeidah'],
    ['outlet (Mozambique)', 'The insurgency has displaced about 840,000 people since 2017, officials estimate.', '840,000', 'Insurgents raid villages near Macomia', 'Macomia'],
  ])('%s: no admin1 from the headline', (_genre, sentence, figure, headline, place) => {
    const f = figureIn(sentence, figure, { sentence_index: 1, place_context: underHeadline(place) });
    expect(areas([f], `${headline}\n\n${sentence}`)).toEqual([[[], '']]);
  });

  it('a toll of one attack in the campaign keeps the headline\'s area', () => {
    const sentence = 'The strike killed 14 people, the latest of the campaign, residents said.';
    const f = figureIn(sentence, '14', { sentence_index: 1, place_context: underHeadline('Hodeidah') });
    expect(areas([f], `Strikes hit fuel depot in Hodeidah\n\n${sentence}`)[0]![1]).toBe('headline');
  });
});

describe('only the figure\'s clause is read', () => {
  it('encyclopedic (Gaza): the day\'s dead keep the area; the running toll since the war began does not', () => {
    const sentence = 'Six people were killed in the strike, bringing the toll since the war began to 1,900.';
    expect(isCountryWide(figureIn(sentence, 'Six'))).toBe(false);
    expect(isCountryWide(figureIn(sentence, '1,900'))).toBe(true);
  });

  it('a clause before the figure is read only when it holds no figure of its own (Ethiopia)', () => {
    const fronted = 'Since the conflict broke out, 800,000 people have fled.';
    expect(figureClause(fronted, fronted.indexOf('800,000'), fronted.indexOf('800,000') + 7)).toBe(fronted);
    const two = 'In 2021, the war had already displaced 2 million; 40 more died on Monday.';
    expect(isCountryWide(figureIn(two, '40'))).toBe(false);
  });

  it('a campaign or an offensive is no war of the whole country (Syria)', () => {
    const sentence = 'The offensive has killed 300 civilians since it began in December.';
    expect(isCountryWide(figureIn(sentence, '300'))).toBe(false);
    expect(isCountryWide(figureIn('The civil war has killed more than 500,000 people.', '500,000'))).toBe(true);
  });
});
