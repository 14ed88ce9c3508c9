/**
 * "The X region of <country>": the name lies in that country, and the country word only says so. X is looked for in
 * that country (not in the article's, nor abroad elsewhere), and the country word is the country, not an admin1 area
 * named like it (Nigeria's Niger State). Texts written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './written-places.ts';

describe('a place named as an area of a country', () => {
  it('Sahel, monitor overview: a region of Niger in a week led by Nigeria', () => {
    const out = placesOf(
      'Weekly overview: West Africa\n\nBoko Haram fighters killed 31 civilians in Borno State of Nigeria, in attacks on Gwoza and Bama. ' +
        'Further west, militants killed 23 soldiers at an army post in the Tahoua region of Niger on Thursday. ' +
        'In Nigeria\'s Yobe State, 12 farmers were killed near Geidam.',
    );
    expect(out.country).toBe('NG');
    expect(out.mention('Niger').country).toBe('NE');
    expect(out.mention('Niger').precision).toBe('country');
    expect(out.mention('Tahoua').country).toBe('NE');
    const soldiers = out.facts.find((f) => f.count_best === 23)!;
    expect(soldiers.admin1).toEqual(['Tahoua Region']);
  });

  it('DR Congo, situation report: refugees in a district of Uganda', () => {
    const out = placesOf(
      'North Kivu: Flash Update No. 4\n\nFighting between M23 and the FARDC around Rutshuru and Kiwanja in North Kivu province displaced 18,000 people this week. ' +
        'Some 4,200 refugees crossed into the Kisoro district of Uganda on Tuesday, UNHCR said.',
    );
    expect(out.country).toBe('CD');
    expect(out.mention('Kisoro').country).toBe('UG');
    expect(out.mention('Uganda').precision).toBe('country');
  });
});
