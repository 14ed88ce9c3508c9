/**
 * A section heading does not end the story (issue 9): "## Assault on the airbase", "## March 2019" opens a new part of
 * the same campaign, and a capture that names no side right after it ("On 3 May, they seized X", "the capture of X
 * was announced") is the side that last gained ground before the heading, until another side gains ground. Sentences
 * written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

const sideOf = (text: string, place: string) =>
  facts(text).filter((f) => f.category === 'captured' && f.place_mentions.includes(place)).map((f) => f.actor_name);

describe("a section heading keeps the side that last gained ground", () => {
  it.each([
    ['encyclopedic, Syria', 'Idlib offensive (2019)\nDate April – August 2019\n\n## Northern Hama\n\n' +
      'On 8 May 2019, the Syrian Army captured Kafr Nabudah. Opposition spokesmen said the fighting went on.\n\n' +
      '## Assault on Khan Shaykhun\n\nOn 21 August, the capture of Khan Shaykhun was announced.', 'Khan Shaykhun', 'Syrian government forces'],
    ['encyclopedic, Ukraine', 'Battle for the Kherson bridgehead (2022)\n\n## October\n\n' +
      'In early October 2022, Ukrainian forces took Davydiv Brid. Russian-installed officials said they would evacuate civilians.\n\n' +
      '## November 2022\n\nOn 11 November, they entered Kherson.', 'Kherson', ''],
    ['situation report, Myanmar', on('2024-02-02', 'Myanmar: Rakhine Flash Update No. 4\n\n## Paletwa\n\n' +
      'On 14 January, the Arakan Army seized Paletwa. Humanitarian partners said access remained limited.\n\n' +
      '## Pauktaw\n\nOn 25 January, the town of Pauktaw was captured, local sources said.'), 'Pauktaw', 'Arakan Army'],
  ])('%s', (_genre, text, place, side) => {
    if (side) expect(sideOf(text, place)).toEqual([side]);
    else expect(facts(text).filter((f) => f.category === 'entered' && f.place_mentions.includes(place)).map((f) => f.actor)).toEqual(['government']);
  });

  it('hands on the side that gained ground last, not an earlier one', () => {
    const text = 'Campaign in Tigray (2021)\n\n## June\n\nOn 20 June 2021, the Ethiopian army took Abiy Addi. ' +
      'On 28 June, Tigrayan forces recaptured Mekelle. Aid agencies said the roads south were closed.\n\n## July 2021\n\nOn 12 July, the town of Alamata was captured.';
    expect(sideOf(text, 'Alamata')).toEqual(['Tigray Defense Forces']);
  });

  it('reads no side after a heading when no side has gained ground yet', () => {
    const text = 'War in the Sahel (2012)\n\nTuareg leaders said talks had failed. Officials in Bamako said the army was ready.\n\n' +
      '## Fall of Kidal\n\nOn 30 March 2012, the town of Kidal was captured.';
    expect(sideOf(text, 'Kidal')).toEqual(['']);
  });
});
