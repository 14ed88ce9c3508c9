/**
 * Two ways a toll names its victims without a noun of persons: a nation's plural set against another's ("the
 * Armenians had killed 310 Azerbaijanis"), whose victims are that nation's fighters (nation-victims.ts, normalize's
 * own-forces.ts), and a monitor's toll named by its event, "fatalities from attacks on civilians", whose victims are
 * civilians (civilian-targeting.ts, data/civilian-targeting.csv). Sentences written for the rules, in several genres.
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { extract } from './helpers.ts';

const read = (text: string) => extract(text).map((f) => `${f.category}:${f.quantity?.value}:${f.group}:${f.group_nation ?? ''}`);

describe("a nation's plural killed by another nation's plural names its fighters", () => {
  it.each([
    ['wire, Ethiopia–Eritrea', 'Radio Asmara said on Sunday that the Eritreans had killed 1,400 Ethiopians and wounded another 3,100 near Zalambessa.', ['killed:1400:people:Ethiopian', 'injured:3100:people:Ethiopian']],
    ['outlet, Karabakh', 'Officials in Baku said the Armenians had killed 310 Azerbaijanis in four days of fighting.', ['killed:310:people:Azerbaijani']],
    ['encyclopedic, Iran–Iraq', 'By the end of the offensive the Iranians had killed some 9,000 Iraqis around Basra.', ['killed:9000:people:Iraqi']],
  ])('%s', (_genre, text, facts) => {
    expect(read(text)).toEqual(expect.arrayContaining(facts));
  });

  it.each([
    ['an army, not a people, as the agent', 'Russian troops killed 45 Ukrainians in the village, officials in Kyiv said.'],
    ['no agent at all', 'At least 45 Ukrainians were killed in the strike on the station.'],
    ['a people that fled', 'Some 3,000 Sudanese crossed into Chad on Monday, UNHCR said.'],
  ])('%s keeps no nation', (_case, text) => {
    expect(read(text).every((f) => f.endsWith(':'))).toBe(true);
  });
});

describe('a toll of attacks on civilians counts civilians', () => {
  it.each([
    ['monitor label line', 'Deaths from civilian targeting in the quarter: 265', 'killed:265:civilians:'],
    ['monitor prose', 'In Burkina Faso, the monitor recorded 342 fatalities from attacks on civilians in the last three months.', 'killed:342:civilians:'],
    ['assessment, a toll that rose', 'Deaths from direct attacks targeting civilians rose to 129 in Tillaberi in April, the project said.', 'killed:129:civilians:'],
    ['outlet', 'The researchers counted 75 deaths in violence against civilians around Djibo in May.', 'killed:75:civilians:'],
  ])('%s', (_genre, text, fact) => {
    expect(read(text)).toContain(fact);
  });

  it('a toll of clashes stays people', () => {
    expect(read('Fatalities from the clashes rose to 40 in Ituri, the monitor said.')).toContain('killed:40:people:');
  });

  it.each(parseRegistry(readDataFile('civilian-targeting.csv'), 'civilian-targeting.csv', ['phrase', 'example']).map((r) => [r.phrase!, r.example!]))(
    'the data row "%s" reads its own example as civilians',
    (_phrase, example) => {
      expect(read(example).some((f) => f.startsWith('killed:') && f.includes(':civilians:'))).toBe(true);
    },
  );
});
