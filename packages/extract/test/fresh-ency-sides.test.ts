/**
 * Who took the ground, in constructions met in fresh encyclopedic pages (Libya 2016, northern Iraq 2014), each tested
 * on sentences written for it in several wars: forces named for the group they fight for by its acronym ("pro-GNA
 * fighters"), and a bracket naming the forces a generic phrase describes ("Kurdish military forces (Peshmerga)").
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const sides = (text: string) => extract(text).filter((f) => f.kind === 'territory').map((f) => f.actor_text);

describe('forces named for their side: "pro-<acronym>" and a bracket naming the forces', () => {
  it.each([
    ['pro-, encyclopedic, Libya', 'On 14 May, pro-GNA militias recaptured Abu Qurain from the Islamic State.', 'GNA'],
    ['pro-, outlet, Sudan', 'Pro-RSF fighters seized Um Rawaba on Tuesday, residents said.', 'RSF'],
    ['pro-, wire, Syria', 'Pro-SDF tribal fighters took Tabqa after a week of clashes.', 'SDF'],
    ['bracket, encyclopedic, Iraq', 'On 11 June, Kurdish regional forces (Peshmerga) moved in and took Makhmur after the army left.', 'Peshmerga'],
    ['bracket, wire, DR Congo', 'The rebel fighters (M23) entered Bunagana overnight, witnesses said.', 'M23'],
    ['bracket, assessment, Myanmar', 'Resistance fighters (Arakan Army) seized Paletwa on 15 January.', 'Arakan Army'],
  ])('%s', (_case, text, side) => {
    const found = sides(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(side);
  });

  it('a spelling the registry has whole keeps it; a demonym after "pro-" is no acronym; a bracket that is no name stays masked', () => {
    expect(sides('Pro-government forces retook Kidal on Monday.')).toEqual(['Pro-government forces']);
    expect(sides('On 2 June, pro-Turkish rebels captured Tal Tamr.')).not.toContain('Turkish');
    expect(sides('Fighters (mostly from the north) seized Gao.')).toEqual(['']);
  });
});

describe('"both A and B" is a list of places', () => {
  it.each([
    ['encyclopedic, Mali', 'In January, the MNLA seized both Menaka and Aguelhok.', ['Menaka', 'Aguelhok']],
    ['wire, Yemen', 'Both Harib and Al Abdiyah were taken by the Houthis in September.', ['Harib', 'Al Abdiyah']],
  ])('%s', (_genre, text, places) => {
    expect(extract(text).filter((f) => f.kind === 'territory').map((f) => f.place_mentions.map((p) => p.text))).toEqual([places]);
  });
});
