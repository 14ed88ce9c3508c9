/**
 * A place inside an "including those ... in X" or "including N ... in X" phrase locates part of the figure it follows,
 * not every figure of its list (figures.ts `includedPlaces`): the list's other estimates drop it. A place the whole list
 * shares ("40 killed and 90 wounded in X") stays shared. Texts written for the rule in four genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const placesOf = (text: string, value: number) => extract(text).map(brief).find((f) => f.value === value)?.places;

describe('a place inside an "including" phrase is its own figure\'s', () => {
  it.each([
    [
      'encyclopedic infobox, Chad',
      'Battle of Abeche (2009)\n\nCasualties3: Civilian casualties:, 85+ killed & 430+ wounded (ICRC), 260 killed, including those killed in Biltine (Government)',
      85, 260, 'Biltine',
    ],
    [
      'situation report, South Sudan',
      'Flash update\n\nHealth partners counted 37 deaths and 212 injuries, 64 deaths including 9 in Leer, according to local authorities.',
      37, 64, 'Leer',
    ],
    [
      'wire, Mali',
      'BAMAKO (Reuters) - Officials gave a toll of 18 dead, while a local association reported 41 dead, including some killed near Menaka, on Tuesday.',
      18, 41, 'Menaka',
    ],
  ])('%s: the first figure does not take the included place', (_case, text, other, owner, place) => {
    expect(placesOf(text, other) ?? []).not.toContain(place);
    expect(placesOf(text, owner) ?? []).toContain(place);
  });

  it('monitor, Syria: a place the list shares stays on every figure', () => {
    const text = 'Daily toll\n\nShelling killed 14 people and wounded 53 in Ariha on Sunday, the monitor said.';
    expect(placesOf(text, 14)).toContain('Ariha');
    expect(placesOf(text, 53)).toContain('Ariha');
  });
});
