/**
 * Constructions of UN and NGO reports the rules missed (fresh situation reports and statements nobody tuned for): a
 * place phrase between a count and its verb ("At least 60 civilians in Rakhine were killed"), a guessed addition set
 * off after a count ("and possibly many more"), and an agency given as the outlet of a report hosted on another UN
 * site. Every sentence is written for its rule, in several genres and wars; none comes from the fresh texts, the seeds
 * or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { extractArticle } from '../src/index.ts';
import { article, brief, extract } from './helpers.ts';

const figures = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('a place phrase between the count and its verb leaves the count the subject', () => {
  it.each([
    ['flash update, Myanmar', 'At least 60 civilians in Rakhine were killed in airstrikes last week.', [['killed', 60]]],
    ['sitrep, DR Congo', 'Nearly 200 people in Goma have been injured since Sunday.', [['injured', 200]]],
    ['IOM update, Sudan', 'Over 5,000 families across North Darfur have fled their villages since 10 May.', [['displaced', 5000]]],
    ['NGO statement, Gaza', 'More than 40 patients inside the Gaza Strip have died while waiting for evacuation, the charity said.', [['killed', 40]]],
    ['monitor, Syria', 'Eleven civilians in Idlib, including four children, were killed in the shelling.', [['killed', 11], ['killed', 4]]],
  ])('%s: %s', (_genre, s, expected) => expect(figures(s)).toEqual(expected));

  it('names the place of the phrase for the fact (sitrep, Sahel)', () => {
    const [f] = extract('Some 3,400 people in Djibo have been displaced since the attack on the market.').map(brief);
    expect([f?.category, f?.value, f?.places]).toEqual(['displaced', 3400, ['Djibo']]);
  });

  it('a phrase without a place name is no place phrase (sitrep, Yemen)', () => {
    expect(figures('About 2 million people in need have been reached with food in Marib.')).toEqual([]);
  });
});

describe('a guessed addition after a count counts no one', () => {
  it.each([
    ['statement, Nigeria', 'At least 120 civilians, and possibly many more, were killed in the attack on the market in Maiduguri.', [['killed', 120]]],
    ['wire, Burkina Faso', 'Some 40 villagers, and perhaps dozens more, were wounded when gunmen attacked Solhan.', [['injured', 40]]],
    ['sitrep, Sudan', 'More than 3,000 families, and probably thousands more, have fled Tawila since Monday.', [['displaced', 3000]]],
    ['NGO statement, Sudan', 'At least 310 children in Zamzam, and likely hundreds more, have died since January.', [['killed', 310]]],
  ])('%s: %s', (_genre, s, expected) => expect(figures(s)).toEqual(expected));

  it('a counted addition is a count (wire, Ukraine)', () => {
    expect(figures('Nine soldiers were killed near Bakhmut, and 12 more were wounded.')).toEqual([['killed', 9], ['injured', 12]]);
  });
});

describe('an agency given as the outlet authors its report wherever it is hosted', () => {
  const doc = (text: string, outlet: string, url: string) => ({ ...article(text), title: text.split('\n')[0]!, outlet, url });
  // The lead names the UN in passing, as such updates do; the outlet, when it is an agency, says whose report it is.
  const myanmar = 'Myanmar Emergency Update (as of 1 June 2024)\nAccess for UN agencies remained restricted.\nFighting displaced some 20,000 people in Sagaing.';
  it('UNHCR\'s update on a UN country team\'s site (Myanmar)', () => {
    expect(documentAuthor(doc(myanmar, 'UNHCR', 'https://myanmar.un.org/en/12345-myanmar-emergency-update'))).toBe('UNHCR');
  });
  it('IOM\'s situation report on ReliefWeb (Haiti)', () => {
    const text = 'Haiti: Situation Report No. 4\nUN agencies and partners scaled up the response.\nGang attacks displaced 3,000 people in Mirebalais.';
    expect(documentAuthor(doc(text, 'IOM', 'https://reliefweb.int/report/haiti/haiti-situation-report-no-4'))).toBe('IOM');
  });
  it('an outlet that is no agency leaves the agency the lead names (Myanmar)', () => {
    expect(documentAuthor(doc(myanmar, 'Daily Planet', 'https://myanmar.un.org/en/555-update'))).toBe('UN');
  });
});

describe('a figure listed by place under "the following <places>" (tracking dashboards)', () => {
  const listed = (text: string) => extract(text).map(brief).map((f) => [f.value, f.unit, f.places, f.time]);

  it('DTM weekly, Yemen: each governorate\'s bracketed figure is a fact of its own, dated as the whole', () => {
    const text = 'Between 3 and 9 April 2023, IOM DTM tracked 150 households (900 individuals) displaced at least once. Most people moved into the following governorates:\n\n'
      + 'Marib (60 HHs) – Marib City (40 HHs), Harib (20 HHs) districts. Most displacements in the governorate originated from Al Bayda.\n\n'
      + 'Taiz (25 HHs) – Al Mudhaffar (25 HHs) district.';
    expect(listed(text).slice(2)).toEqual([
      [60, 'households', ['Marib'], 'Between 3 and 9 April 2023'],
      [25, 'households', ['Taiz'], 'Between 3 and 9 April 2023'],
    ]);
  });

  it('flash update, Somalia: a lead without its colon, items in persons', () => {
    const text = 'From 1 to 15 May, partners recorded 3,400 newly displaced people in Bay region. People fled from the following districts\n\n'
      + 'Baidoa (1,200 individuals)\n\nBurhakaba (800 individuals)';
    expect(listed(text).slice(1)).toEqual([
      [1200, 'persons', ['Baidoa'], 'From 1 to 15 May'],
      [800, 'persons', ['Burhakaba'], 'From 1 to 15 May'],
    ]);
  });

  it('a list of places with no figure stated before it gives no fact (sitrep, DR Congo)', () => {
    expect(listed('Partners are present in the following territories:\n\nMasisi (12 households)\n\nRutshuru (9 households)')).toEqual([]);
  });

  it('"HH" and "HHs" count households (DTM, Yemen)', () => {
    expect(listed('Last week IOM DTM tracked 55 HH displaced from Hays district.').map(([v, u]) => [v, u])).toEqual([[55, 'households']]);
  });
});

describe('a report whose title names only its country: its lead\'s places are no places of the whole report', () => {
  const leadOf = (text: string) => {
    const doc = { ...article(text), title: text.split('\n')[0]! };
    return extractArticle(doc).map((f) => [f.quantity?.value, (f.place_context?.lead ?? []).map((p) => p.text)]);
  };
  it.each([
    ['humanitarian update, Sudan', 'Sudan: Humanitarian Update, 3 May 2023\nClashes in El Geneina killed at least 30 people on 1 May.\nSome 330,000 people have been displaced as of 2 May.'],
    ['situation report, Ukraine', 'Ukraine: Situation Report, 8 June 2023\nA strike on Kramatorsk killed 11 civilians on 6 June.\nOver 9,000 civilians have been killed since February 2022.'],
  ])('%s', (_genre, text) => {
    expect(leadOf(text).map(([, lead]) => lead)).toEqual([[], []]);
  });
  it.each([
    ['flash update, Ukraine: the title names an oblast', 'Kharkivska Oblast: Flash Update No. 2\nShelling killed 5 people in Vovchansk on 10 May.\nSome 6,000 people have fled since 9 May.', 'Vovchansk'],
    ['wire, Ukraine: a news story', 'Five killed in shelling of Kherson\nShelling killed five people in Kherson on Monday.\nSome 300 people have fled since Sunday.', 'Kherson'],
    ['flash update, Syria: the title names a region of the country', 'North-west Syria: Flash Update No. 2\nHostilities across Idleb and western Aleppo displaced 20,000 people.\nAt least 40 people have been killed as of 10 October.', 'Idleb'],
    ['situation report, Ukraine: a region of the country', 'Eastern Ukraine: Situation Report, 3 May 2022\nShelling killed 6 people in Kramatorsk on 1 May.\nAt least 20 civilians were killed this week.', 'Kramatorsk'],
  ])('%s keeps its lead', (_genre, text, place) => {
    for (const [, lead] of leadOf(text)) expect(lead).toContain(place);
  });
});

describe('countries listed after "countries, including" are the figure\'s places', () => {
  it.each([
    ['UNHCR update, Sudan', 'Some 9,000 people crossed into neighbouring countries as of 3 June, including Chad, Egypt and Ethiopia.', ['Chad', 'Egypt', 'Ethiopia']],
    ['sitrep, Myanmar', 'About 4,000 refugees have fled to neighbouring countries, including Thailand and India, since May.', ['Thailand', 'India']],
  ])('%s', (_genre, s, places) => {
    expect(extract(s).map(brief).map((f) => f.places)).toEqual([places]);
  });
});

describe('two incidents strung in one sentence: each figure keeps its own incident\'s places', () => {
  const placesOf = (s: string) => extract(s).map(brief).map((f) => [f.value, f.places]);
  it.each([
    ['sitrep, Ukraine', 'The week followed a missile strike on 2 June on Kramatorsk, killing 6 people and injuring 30, and an attack on Kherson on 4 June that killed 3 civilians.',
      [[6, ['Kramatorsk']], [30, ['Kramatorsk']], [3, ['Kherson']]]],
    ['flash update, Sudan', 'This came after a drone strike on 12 May on a market in Kassala killing 14 people and the shelling of a camp near El Fasher on 15 May that killed 9 people.',
      [[14, ['Kassala']], [9, ['El Fasher']]]],
  ])('%s', (_genre, s, expected) => expect(placesOf(s)).toEqual(expected));

  it('one incident keeps all its places (wire, Syria)', () => {
    expect(placesOf('Airstrikes on Ariha and Saraqib killed 12 civilians and wounded 30.')).toEqual([[12, ['Ariha', 'Saraqib']], [30, ['Ariha', 'Saraqib']]]);
  });
});
