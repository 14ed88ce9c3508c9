/**
 * "Shelling hit the village of X", "Airstrikes targeted the town of X": a capitalised word before a bare verb of
 * striking or taking that has its object after it (a determiner, a count or a name) is the verb's agent, not a place
 * struck or taken; the place's own forms have no object ("X fell", "X hit by shelling", "X was captured"). Sentences
 * written for the rule: Syria, Ukraine, Sudan; monitor, wire, situation report and outlet styles.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/places.ts';
import { brief, extract } from './helpers.ts';

const names = (text: string): string[] => findPlaces(text).map((p) => p.text);

describe('the agent of a verb with its object is no place', () => {
  it.each([
    ['Shelling hit the village of Kafr Zita on Sunday, killing four civilians, the Observatory said.', 'Shelling', 'Kafr Zita'],
    ['Airstrikes targeted the town of Maarat al-Numan, killing seven people.', 'Airstrikes', 'Maarat al-Numan'],
    ['Missiles struck the city of Kharkiv overnight, killing three civilians, the governor said.', 'Missiles', 'Kharkiv'],
    ['Drones attacked a market in Kramatorsk, killing two people.', 'Drones', 'Kramatorsk'],
    ['Gunmen stormed Tawila on Tuesday and killed 12 civilians, OCHA said.', 'Gunmen', 'Tawila'],
    ['Artillery shelled 12 villages around El Fasher, displacing 3,000 families.', 'Artillery', 'El Fasher'],
  ])('%s', (text, agent, place) => {
    expect(names(text)).not.toContain(agent);
    expect(names(text)).toContain(place);
    for (const f of extract(text).map(brief)) expect(f.places).not.toContain(agent);
  });

  it.each([
    ['Saraqib was hit by airstrikes that killed five civilians.', 'Saraqib'],
    ['Kafr Nabl hit by shelling as 200 families flee.', 'Kafr Nabl'],
    ['Soledar fell to Russian forces on Monday.', 'Soledar'],
    ['Bakhmut captured after months of fighting, 40 soldiers killed.', 'Bakhmut'],
    ['Tawila, the largest town in the area, was attacked on Sunday.', 'Tawila'],
  ])('a place still: %s', (text, place) => {
    expect(names(text)).toContain(place);
  });
});
