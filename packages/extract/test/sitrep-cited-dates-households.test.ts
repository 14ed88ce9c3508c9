/**
 * Two constructions of situation reports and briefing notes, in sentences written for them (several crises):
 * - a citation in brackets gives the source's acronym and its report's date in figures, several joined by semicolons:
 *   "(UNICEF 19/02/2024)", "(NRC 15/02/2024; IOM 14/02/2024)"; the first source named reports the sentence's figures;
 * - a count of households or families in brackets after a count of persons restates it in another unit: one fact.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const only = (text: string) => {
  const facts = extract(text).map(brief);
  expect(facts).toHaveLength(1);
  return facts[0]!;
};

describe('a citation with a numeric date names the reporter', () => {
  it.each([
    ['Between 3 and 9 March, fighting displaced around 40,000 people in Sagaing Region (UNICEF 10/03/2024).', 'displaced', 'UNICEF'],
    ['At least 12 civilians were killed in Kalehe territory since 2 May (NRC 08/05/2024; OCHA 07/05/2024).', 'killed', 'NRC'],
    ['Since 1 June, 48 civilians were killed in Djibo (NRC 04/06/2023; OCHA 03/06/2023; UNHCR 02/06/2023; HRW 05/06/2023).', 'killed', 'NRC'],
    ['Some 22,000 people fled Tawila in North Darfur between 1 and 6 June (MSF 07/06/2024).', 'displaced', 'MSF'],
    ['Shelling injured 14 people in Kherson city on 3 November (OHCHR 5/11/2023).', 'injured', 'OHCHR'],
    ['Around 6,500 people fled Menaka towards Anderamboukane after the raid (UNHCR 12/3/22).', 'displaced', 'UNHCR'],
  ])('%s', (text, category, reporter) => {
    const f = only(text);
    expect(f.category).toBe(category);
    expect(f.reporters).toEqual([reporter]);
  });

  it('a date in figures after a word that is no acronym names nobody', () => {
    expect(only('At least 9 people were killed in Marib on 2 April (see annex 04/04/2021).').reporters).toEqual([]);
  });

  it('a numeric date after an armed group\'s acronym credits no reporter', () => {
    expect(only('Some 3,000 people fled Djibo after attacks by JNIM fighters (JNIM 04/04/2022).').reporters).toEqual([]);
  });
});

describe('households in brackets after persons restate the persons', () => {
  it.each([
    ['As of 4 May 2023, some 12,300 individuals (approximately 2,460 households) were displaced in Geneina locality.', 12300],
    ['An estimated 5,400 people (about 900 families) fled Hajjah district between 2 and 8 July.', 5400],
    ['Nearly 8,000 persons (1,600 households) have been displaced from Lubero territory since 14 March.', 8000],
  ])('%s', (text, persons) => {
    const f = only(text);
    expect(f.unit).toBe('persons');
    expect(f.value).toBe(persons);
  });

  it('families in brackets after a figure of something else stay a fact', () => {
    const facts = extract('Fighting destroyed 30 shelters (housing 45 families) in Shabwa; 200 families fled the area.').map(brief);
    expect(facts.some((f) => f.unit === 'families' && f.value === 200)).toBe(true);
  });
});
