/**
 * Wire copy, fifth round of fresh texts: a toll that "has risen from 16 to 25" (the later figure is the running total,
 * dated by the time phrase of its subject); "killed in several weeks of fighting" (a stretch of fighting up to the
 * report); people "taken" or "moved" to a hospital are no capture or advance; the side an attack is "blamed on", or
 * names as its modifier ("in ADF raids"), is the perpetrator; "the group said" after a sentence that opened with an
 * armed party is that party. Every sentence is written for this file (other wars,
 * places and numbers than the fresh texts).
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const killed = (text: string) => extract(text).filter((f) => f.category === 'killed').map(brief);
const ground = (text: string) => extract(text).filter((f) => f.kind === 'territory').map(brief);

describe('"the toll has risen from N to M": M is the running total', () => {
  it.each([
    ['wire, Ukraine', 'The death toll from Russian strikes on Zaporizhzhia on Sunday has risen from 9 to 14, rescuers have said.', 14, 'on Sunday'],
    ['wire, Myanmar', 'Medics said the toll from the market bombing in Sagaing on Tuesday had climbed from nine to 31.', 31, 'on Tuesday'],
    ['outlet, Sudan', 'The number of people killed in the shelling of El Obeid rose from 12 to 27 on Friday, doctors said.', 27, 'on Friday'],
  ])('%s', (_genre, text, value, time) => {
    const facts = killed(text);
    expect(facts.map((f) => f.value)).toEqual([value]);
    expect(facts[0]).toMatchObject({ cumulative: true, time });
  });

  it('sitrep, DRC: a displacement figure rises the same way', () => {
    const facts = extract('The number of people displaced by the clashes in Ituri rose from 1,200 to 4,500 on Tuesday, OCHA said.').map(brief);
    expect(facts.map((f) => [f.category, f.value])).toEqual([['displaced', 4500]]);
  });

  it('a change of something else is no toll', () => expect(extract('Bread prices rose from 9 to 14 pounds in Khartoum.')).toEqual([]));
});

describe('"in several weeks of fighting" dates the figure as a stretch up to the report', () => {
  it.each([
    ['wire, Myanmar', 'A community leader said six civilians had been killed in several weeks of fighting around Mindat.', 'in several weeks of fighting'],
    ['wire, Libya', 'At least 52 people were killed in three days of clashes in Tripoli, the health ministry said.', 'in three days of clashes'],
    ['outlet, Ethiopia', 'Residents said 40 people died over two weeks of heavy shelling in Bahir Dar.', 'over two weeks of heavy shelling'],
  ])('%s', (_genre, text, time) => expect(killed(text).map((f) => f.time)).toEqual([time]));

  it('"two days of talks" is no time of fighting', () => {
    expect(killed('Eight soldiers were killed near Gao, the army said after two days of talks in Bamako.').map((f) => f.time)).toEqual(['']);
  });
});

describe('people taken or moved to a hospital: no ground changes hands', () => {
  it.each([
    ['wire, Gaza', 'Medics said the bodies came from a clinic in Jabalia, where they had been taken overnight.'],
    ['wire, Yemen', 'The wounded were brought to the hospital in Marib, where they were taken by relatives.'],
    ['outlet, Gaza', 'Seven children were moved to Nasser Hospital in Khan Younis.'],
    ['sitrep, Sudan', 'Patients were moved into the clinic at Tawila after the attack.'],
  ])('%s', (_genre, text) => expect(ground(text)).toEqual([]));

  it.each([
    ['wire, Sudan', 'The town of Dilling was captured by the RSF on Friday.', 'captured', 'Dilling'],
    ['wire, Ukraine', 'Russian troops moved into Pisky on Monday.', 'advanced', 'Pisky'],
    ['encyclopedic, Mali', 'Government forces advanced to Kidal.', 'advanced', 'Kidal'],
  ])('%s: a side that takes or moves still does', (_genre, text, category, place) => {
    expect(ground(text).map((f) => [f.category, f.places[0]])).toEqual([[category, place]]);
  });
});

describe('the side an attack is blamed on, or names as its modifier', () => {
  it.each([
    ['wire, DRC', 'At least 14 people were killed on Sunday in the latest attack blamed on Allied Democratic Forces (ADF) rebels in Ituri, local sources said.', 'Allied Democratic Forces'],
    ['wire, Burkina Faso', 'Eleven soldiers died overnight in an ambush claimed by JNIM near Djibo, the army said.', 'JNIM'],
    ['outlet, Sudan', 'Five civilians were killed in shelling attributed to the RSF in El Obeid on Tuesday.', 'the RSF'],
    ['wire, DRC', 'About 30 people were killed in multiple ADF raids in Beni territory on Friday night.', 'ADF'],
    ['wire, Gaza', 'Twelve civilians died overnight in Israeli air strikes on Rafah, medics said.', 'Israeli air strikes'],
  ])('%s', (_genre, text, actor) => expect(killed(text).map((f) => f.actor)).toEqual([actor]));

  it('an attack no side is named for has no perpetrator', () => {
    expect(killed('Two men were killed in retaliatory strikes on Sunday.').map((f) => f.actor)).toEqual(['']);
  });
});

describe('"the group said" after a sentence that opened with an armed party', () => {
  const reporters = (text: string) => extract(text).map((f) => f.reporter_texts);
  it.each([
    ['wire, Somalia', 'Al-Shabaab claimed responsibility for the ambush near Baidoa. The group said it had killed 17 soldiers.', 'Al-Shabaab'],
    ['wire, Sudan', 'The RSF denied shelling the market. The group said 14 of its fighters were killed near Babanusa.', 'RSF'],
    ['outlet, Myanmar', 'The TNLA attacked a police post in Lashio on Monday. The group said 25 policemen were killed.', 'TNLA'],
  ])('%s', (_genre, text, party) => expect(reporters(text)).toEqual([[party]]));

  it('a source named before still comes first', () => {
    expect(reporters('The UN said 300 people fled Kadugli. The group said 12 civilians died.').at(-1)).toEqual(['UN']);
  });
});

describe('", say X": the plural present inverts as "says" and "said" do', () => {
  const reporters = (text: string) => extract(text).map((f) => f.reporter_texts);
  it.each([
    ['wire, Sudan', 'The war has killed more than 150,000 people since 2023, say aid groups working in Darfur.', 'aid groups'],
    ['wire, Ukraine', "Russia's invasion has displaced 6 million people, say UN agencies.", 'UN'],
    ['outlet, Gaza', 'The offensive has killed more than 20,000 Palestinians, say health officials in Gaza, who do not distinguish between civilians and fighters.', 'health officials'],
  ])('%s', (_genre, text, reporter) => expect(reporters(text)).toEqual([[reporter]]));

  it('a name with a particle keeps it whole', () => {
    expect(reporters('At least 12 people died in Kadugli, said Mohamed al Amin, a local official.')).toEqual([['Mohamed al Amin']]);
  });
});

describe('a toll named for an attack names its side', () => {
  it.each([
    ['wire, Gaza', 'The death toll from Israeli air strikes on Khan Younis on Sunday has risen to 31, medics said.', 'Israeli air strikes'],
    ['outlet, Sudan', 'The toll from the RSF attack on Um Kadada rose to 40, activists said.', 'RSF'],
  ])('%s', (_genre, text, actor) => expect(killed(text).map((f) => f.actor)).toEqual([actor]));

  it('a toll of no side has no perpetrator', () => {
    expect(killed('The death toll from the floods in Derna rose to 40.').map((f) => f.actor)).toEqual(['']);
  });
});
