/**
 * A lead-in longer than a few words: "In the northern district of X, partners reported the following:" names its areas
 * before the first comma and ends its line on the colon; the list lines under it are of those areas, as under a short
 * "In X and Y regions:" lead-in. Texts written for this file, two wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './written-places.ts';

describe('list lines under a lead-in whose colon ends a longer line', () => {
  it('Syria, situation report: the bullets take Idleb, not the report\'s two governorates', () => {
    const out = placesOf(
      'Syria: Flash Update No. 4 on hostilities in Idleb and Aleppo\n\nHostilities continued in Idleb and western Aleppo governorates during the week, partners said.\n\n' +
        'In the north-western governorate of Idleb, health partners reported the following during the week:\n\n' +
        '- 17 civilians killed in air strikes on markets\n' +
        '- 9,400 people newly displaced towards the border\n\n' +
        'Partners continue to scale up their response across the region.\n',
    );
    const fact = (n: number) => out.facts.find((f) => f.count_best === n)!;
    expect(fact(17).admin1).toEqual(['Idlib']);
    expect(fact(9400).admin1).toEqual(['Idlib']);
  });

  it('Sudan, monitor: the lines under "In North Darfur State, where ..., the monitor recorded:" take it (GeoNames\' Northern Darfur)', () => {
    const out = placesOf(
      'Sudan conflict monitor: week of 3 to 9 June 2024\n\nFighting between the army and the RSF went on in North Darfur and South Kordofan, the monitor recorded.\n\n' +
        'In North Darfur State, where shelling intensified, the monitor recorded:\n\n' +
        '• 42 civilians killed in shelling of residential areas\n' +
        '• 6 aid workers injured in an attack on a convoy\n\n' +
        'The monitor will publish its next update on 16 June 2024.\n',
    );
    const fact = (n: number) => out.facts.find((f) => f.count_best === n)!;
    expect(fact(42).admin1).toEqual(['Northern Darfur']);
    expect(fact(6).admin1).toEqual(['Northern Darfur']);
  });
});
