/**
 * A section heading's capture ("Capture of X") is not a second fact when a sentence of its section tells the capture
 * of X with more places ("the army captured X and the village of Y"): the prose fact, with its date and side, stands
 * for it. A heading place the prose leaves out keeps the heading's fact.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) => extract(text).filter((f) => f.category === 'captured').map((f) => f.place_mentions.map((p) => p.text));

describe('a heading capture restated with more places', () => {
  const restated = [
    ['The offensive began in April 2015.\n\nRebel capture of Kafr Nabl\n\nOn 25 April, rebels captured Kafr Nabl and the nearby village of Hass.', 'Kafr Nabl'],
    ['The campaign opened in January.\n\nCapture of Soledar\n\nOn 12 January, Wagner fighters seized Soledar and the village of Krasna Hora.', 'Soledar'],
    ['Fighting resumed in late 2023.\n\nFall of Paletwa\n\nThe Arakan Army took Paletwa and the town of Samee on 14 January.', 'Paletwa'],
  ] as const;
  for (const [text, place] of restated) it(`one capture of ${place}`, () => {
    expect(captures(text).filter((ps) => ps.includes(place))).toHaveLength(1);
  });

  it("keeps the heading's fact for a place the prose does not take", () => {
    const text = 'The campaign opened in January.\n\nCapture of Bakhmut and Soledar\n\nOn 20 May, Wagner fighters seized Bakhmut.';
    expect(captures(text)).toContainEqual(['Bakhmut', 'Soledar']);
  });
});
