/**
 * Two ways a figure's source is written short of its name. A back-reference by the kind of body the source is ("the
 * charity said", "the non-governmental organization said", "the international aid organisation said") stands for the
 * source of that kind named before it: "charity" is a noun of data/source-kinds.csv, and a modifier saying what kind of
 * body it is ("humanitarian", "aid", "non-governmental") fits a source whose registry type is of that kind, so "the
 * aid group" is no monitor and "the charity" no ministry. And a capitalised role word opening the possessive of a body
 * noun is the office's owner, kept in its name ("the Prosecutor General's Office", not "General's Office"). Sentences
 * written for the rule across several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const lastReporters = (text: string) => extract(text).at(-1)!.reporter_texts;

describe('a back-reference by the kind of body', () => {
  it.each([
    ['wire, Sudan', 'Fighting near Dilling displaced 3,700 people last week, according to the Norwegian Refugee Council.\n\nThe charity said 14 civilians were killed in the shelling.', 'Norwegian Refugee Council'],
    ['outlet, Yemen', 'Save the Children said an air strike hit a clinic it runs near Hajjah.\n\nThe international aid organisation said 6 people were killed, two of them nurses.', 'Save the Children'],
    ['sitrep, DR Congo', 'Médecins Sans Frontières said its teams in Rutshuru treated 52 wounded.\n\nThe non-governmental organization said 19 of the wounded were children.', 'Médecins Sans Frontières'],
    ['monitor, Gaza', 'Médecins Sans Frontières said its clinic in Khan Younis was hit on Monday.\n\nThe medical charity said 8 patients were killed.', 'Médecins Sans Frontières'],
  ])('%s', (_genre, text, expected) => expect(lastReporters(text)).toEqual([expected]));

  it.each([
    ['wire, Syria: a monitor is no aid group', 'The Syrian Observatory for Human Rights said 26 fighters were killed near Kafr Nabl.\n\nThe aid group said 1,800 families fled.', 'aid group'],
    ['monitor, Syria: nor a humanitarian organisation', 'The Syrian Network for Human Rights documented 63 civilian deaths in Daraa in June.\n\nThe humanitarian organisation said 11 of the dead were children.', 'humanitarian organisation'],
    ['regional, Ukraine: a ministry is no charity', "Ukraine's Ministry of Health said 7 people were killed in Sumy.\n\nThe charity said 23 people were wounded.", 'charity'],
  ])('%s', (_genre, text, expected) => expect(lastReporters(text)).toEqual([expected]));
});

describe('a role word owning an office', () => {
  it.each([
    ['wire, Ukraine', "Russian shelling killed four people in Nikopol on Sunday, the Prosecutor General's Office said.", "Prosecutor General's Office"],
    ['regional, Ukraine', "According to the Prosecutor General's Office, 3 civilians were wounded in Kupiansk.", "Prosecutor General's Office"],
    ['sitrep, Ukraine: the name goes on to its country', "Shelling of Sumy on 3 May killed two people and injured five, the Prosecutor General's Office of Ukraine reports.", "Prosecutor General's Office of Ukraine"],
    ['encyclopedic, Colombia', "The Ombudsman's Office recorded 1,200 people displaced from Tibú in January.", "Ombudsman's Office"],
  ])('%s', (_genre, text, expected) => expect(lastReporters(text)).toEqual([expected]));

  it('a title before a person stays a person', () => {
    expect(lastReporters('Prosecutor Andriy Kostin said 11 civilians were killed in Kherson.')).toEqual(['Andriy Kostin']);
  });
});
