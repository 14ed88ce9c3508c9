/**
 * Changes of control that did not happen, met in fresh encyclopedic pages (issue 9), on sentences written for this file
 * in several wars: an offensive halted "just short of capturing" a place, a side "prevented from advancing" into one,
 * "coming close to expelling" a side from one, and the second aim of "with the goal of retaking X and advancing into Y".
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const territory = (text: string) => extract(text).filter((f) => f.kind === 'territory').map((f) => f.place_mentions.map((p) => p.text).join(';'));

describe('no change of control', () => {
  it.each([
    ['Ethiopia', 'The offensive stalled in late November, just short of capturing Debre Sina, after the TDF was ordered back.', 'Debre Sina'],
    ['Yemen', 'The push ended in March, only short of capturing Marib city, when tribal fighters held the ridge.', 'Marib'],
    ['Syria', 'The rebels also cut the army off from advancing further into Idlib Governorate.', 'Idlib'],
    ['DR Congo', 'FARDC troops prevented the M23 from entering Sake in February.', 'Sake'],
    ['Iraq', 'The PMF launched an operation with the goal of retaking the desert west of Baiji and advancing into Anbar Governorate.', 'Anbar'],
    ['Sudan', 'The RSF attacked with the aim of isolating the army base and advancing into El Obeid.', 'El Obeid'],
    ['Iraq, almost', 'On 3 June 2017, the PMF took two villages, coming close to fully expelling ISIL from Nineveh Governorate.', 'Nineveh'],
    ['Ukraine, almost', 'On 9 May 2022, Russian troops came near to capturing Bilohorivka before the river crossing failed.', 'Bilohorivka'],
  ])('%s', (_war, text, place) => {
    expect(territory(text).some((p) => p.includes(place))).toBe(false);
  });

  it('the same verbs still make a fact where the change happened', () => {
    expect(territory('The TDF captured Debre Sina in late November, short of supplies.').some((p) => p.includes('Debre Sina'))).toBe(true);
    expect(territory('FARDC troops captured Sake in February after the M23 withdrew.').some((p) => p.includes('Sake'))).toBe(true);
    expect(territory('The PMF captured Baiji and advanced into Anbar Governorate.').some((p) => p.includes('Anbar'))).toBe(true);
    expect(territory('On 3 June 2017, the PMF took two villages close to Tal Afar, expelling ISIL from Nineveh Governorate.').some((p) => p.includes('Nineveh'))).toBe(true);
  });
});
