/**
 * Wire copy dates its lead by the day of the saying ("..., officials said Tuesday") and names the incident's own day
 * later, as the attribute of the incident ("in the Monday evening blast", "Sunday's attack"), often in a sentence with
 * figures of its own. That day is the lead's event's day; a sentence opening another thread ("Elsewhere, ...") names
 * another incident. Every sentence is written for the rule, in several wars; none comes from a corpus or fresh text.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import { findTimes } from '../src/time.ts';

const facts = (text: string) => extract(text).map(brief);
const lead = (text: string) => facts(text).find((f) => f.category === 'killed')!;

describe("a later sentence naming the lead's incident by its day", () => {
  it.each([
    ['wire, Afghanistan', `Roadside bomb kills six police in Afghanistan

KANDAHAR, Afghanistan (AP) — A roadside bomb killed at least six police officers late in the evening in southern Afghanistan, officials said Wednesday.

A provincial spokesman said 14 others were wounded in the Tuesday night blast near a checkpoint.`, 'Tuesday night'],
    ['wire, Yemen', `Car bomb kills nine soldiers in Yemen

ADEN, Yemen (AP) — A car bomb killed nine soldiers at a checkpoint north of the city, security officials said Friday.

Medics said 23 people were wounded in Thursday's attack, which no group claimed.`, "in Thursday"],
    ['wire, Sudan', `Drone strike kills 12 at Sudan market

PORT SUDAN, Sudan (Reuters) - A drone strike killed at least 12 people at a market in North Darfur, a local aid group said on Saturday.

The group said the Friday strike also wounded 30 people.`, 'Friday'],
  ])('%s: the lead takes the incident\'s day, not the saying\'s', (_genre, text, day) => {
    const killed = lead(text);
    expect(killed.time).toBe('');
    expect(killed.context.at(-1)).toBe(day);
  });

  it('wire, Burkina Faso: "Separately, ..." names another incident; the lead keeps the saying\'s day', () => {
    const killed = lead(`Gunmen kill seven in Burkina

OUAGADOUGOU (AFP) - Gunmen killed seven civilians in northern Burkina Faso, security sources said on Monday.

Separately, medics said 11 soldiers were wounded in the Sunday ambush near Djibo.`);
    expect(killed.time).toBe('on Monday');
  });

  it('wire, Iraq: a sentence dating an indefinite incident ("in a Sunday raid") leaves the lead alone', () => {
    const killed = lead(`Gunmen kill five in Iraq

BAGHDAD (Reuters) - Gunmen killed five shepherds in Diyala province, police said on Monday.

Police said three suspects were wounded in a Sunday raid on a hideout near Baquba.`);
    expect(killed.time).toBe('on Monday');
  });
});

describe('a day attributed to an incident is no report date', () => {
  it.each([
    ["wire, Gaza", "Medics said 18 people were wounded in Saturday's strike on the camp.", "in Saturday"],
    ['outlet, Ukraine', 'The governor said two women were hurt in the Sunday morning shelling of Kherson.', 'Sunday morning'],
  ])('%s', (_genre, s, phrase) => {
    const hit = findTimes(s).find((t) => t.text === phrase)!;
    expect(hit.reportDate).toBe(false);
  });

  it('wire, Myanmar: "said on Tuesday" stays a report date', () => {
    const hit = findTimes('Residents said on Tuesday 14 villagers were wounded in an air strike.').find((t) => /Tuesday/.test(t.text))!;
    expect(hit.reportDate).toBe(true);
  });
});
