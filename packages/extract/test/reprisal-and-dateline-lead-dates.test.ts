/**
 * Regional outlets' own dating: a reprisal's figures are never dated by the day of the incident it answers ("killed in
 * a revenge raid, following Monday's killing of a chief"), and a lead dated only by the outlet's dateline ("February
 * 9, 2017 (BOR) – ...") waits for the event's day a later sentence gives, as a lead dated by its saying does. Every
 * sentence is written for these rules, in several wars; none comes from a corpus or fresh text.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import { findTimes } from '../src/time.ts';

const killed = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed');

describe('the day of the incident a reprisal answers', () => {
  it.each([
    ['outlet, South Sudan', "February 9, 2017 (BOR) – Three people were killed in Pibor in a revenge raid by herders, following Monday's killing of a chief.", 'Monday'],
    ['wire, Mali', "Gunmen killed five villagers near Mopti in retaliation for Wednesday's ambush on their camp, the mayor said on Friday.", 'Wednesday'],
    ['outlet, Myanmar', 'Junta troops killed nine villagers in Sagaing in reprisal for the Sunday attack on their outpost, residents said.', 'Sunday'],
    ['monitor, Syria', "Eleven civilians were killed in reprisals by the militia in Deir ez-Zor after Saturday's bombing of its headquarters.", 'Saturday'],
  ])('%s: dates that incident, background to the figure', (_genre, s, day) => {
    const hit = findTimes(s).find((t) => t.text.includes(day))!;
    expect(hit.background).toBe(true);
    const facts = killed(s);
    expect(facts.length).toBe(1);
    expect(facts[0]!.time).not.toContain(day);
  });

  it("wire, Mali: the reprisal's own day still dates it", () => {
    expect(killed("Gunmen killed five villagers near Mopti on Thursday in retaliation for Wednesday's ambush, the mayor said.")[0]!.time).toBe('on Thursday');
  });

  it.each([
    ['wire, Yemen', "Six people died in Sanaa after Friday's air strike on the market, medics said.", 'Friday'],
    ['outlet, Nigeria', "Four soldiers were killed in Borno following Tuesday's ambush on their convoy, the army said.", 'Tuesday'],
  ])('%s: with no reprisal named, the dead of the incident after it keep its day', (_genre, s, day) => {
    expect(findTimes(s).find((t) => t.text.includes(day))!.background).toBe(false);
    expect(killed(s)[0]!.time).toContain(day);
  });
});

describe("a lead dated only by the outlet's dateline waits for the event's day", () => {
  it.each([
    ['outlet, South Sudan, day first', `Revenge raid in Jonglei
February 9, 2017 (BOR) – Three people were killed in Pibor in a revenge raid by herders, following Monday's killing of a chief.
A witness told Radio Tamazuj that fighting broke out Tuesday between herders and soldiers.`, 'Tuesday'],
    ['outlet, Ukraine, place first', `Shelling hits Izium
Kharkiv, 4 May 2022 — Russian shelling killed three civilians in Izium, the regional governor said.
The shells struck a school on Monday night, he added.`, 'on Monday night'],
    ['outlet, Sudan, day first', `Drones strike El Obeid market
June 14, 2024 (EL OBEID) - At least 11 people were killed when drones struck the central market.
The drones came on Wednesday morning as traders opened their stalls, residents said.`, 'on Wednesday morning'],
  ])('%s', (_genre, text, day) => {
    const facts = killed(text);
    expect(facts.length).toBe(1);
    expect(facts[0]!.time).toBe('');
    expect(facts[0]!.context.at(-1)).toBe(day);
  });

  it('outlet, Sudan: a later sentence giving a month, not a news day, leaves the lead on the dateline', () => {
    const facts = killed(`Drones strike El Obeid market
June 14, 2024 (EL OBEID) - At least 11 people were killed when drones struck the central market.
The city has been under siege since April 2024.`);
    expect(facts[0]!.time).toBe('June 14, 2024');
  });
});
