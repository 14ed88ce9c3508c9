/**
 * "the Protection and Return Monitoring Network (PRMN)": a body's name with an "and", followed by the acronym its
 * capitalised words spell (in any order), is one reporter and no place (acronym-names.ts). Names the registry does not
 * know, in sentences written for the rule: situation reports, news wires, monitors' tolls, encyclopedic narratives,
 * several wars. An acronym that does not spell the words before it holds nothing, and a country's name stays a place.
 */
import { describe, expect, it } from 'vitest';
import { acronymNames } from '../src/acronym-names.ts';
import { findPlaces } from '../src/places.ts';
import { brief, extract } from './helpers.ts';

describe('a name held by its acronym', () => {
  it.each([
    // situation report, Somalia (the probe in probe-documents-reports.test.ts wraps such a name across a line)
    ['Floods and clashes displaced some 9,000 people in Galmudug since 1 May, according to the Shelter and Settlement Tracking Unit (SSTU).',
      'Shelter and Settlement Tracking Unit', 'Shelter'],
    // news wire, Ethiopia: the saying verb's subject
    ['Fighting in Oromia displaced some 8,000 people last week, the Ministry of Labour and Social Affairs (MoLSA) said.',
      'Ministry of Labour and Social Affairs', 'Labour'],
    // monitor's toll, Ethiopia: the acronym's letters in another order than the words
    ['Clashes in Afar killed 14 civilians on 2 May 2023, according to the Commission for Refugees and Returnees (RRC).',
      'Commission for Refugees and Returnees', 'Commission'],
    // encyclopedic narrative, Colombia
    ['By the end of the offensive, 112 civilians had been killed in Arauca, according to the Office for Victims and Reparation (OVR).',
      'Office for Victims and Reparation', 'Office'],
  ])('%s', (text, name, word) => {
    const facts = extract(text).map(brief);
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(f.reporters.length, JSON.stringify(f.reporters)).toBe(1);
      expect(f.reporters[0]).toContain(name);
      expect(f.places.join('|')).not.toContain(word);
    }
    expect(findPlaces(text).map((p) => p.text).join('|')).not.toContain(word);
  });

  it('reads the name without the words before it, and only when the letters fit', () => {
    expect(acronymNames('According to the Protection and Return Monitoring Network (PRMN), 500 fled.').map((n) => n.name))
      .toEqual(['Protection and Return Monitoring Network']);
    // The capitals do not spell the words: two bodies, not one name.
    expect(acronymNames('Witnesses and Rescue Teams (WHO) said 12 died.')).toEqual([]);
    // No "and" to hold: left to the readers that already take such names whole.
    expect(acronymNames('the Ministry of Public Health (MoPH) said')).toEqual([]);
  });

  it('leaves a country named with "and" a place', () => {
    const text = 'Some 3,000 refugees arrived in Bosnia and Herzegovina (BiH) last week, the ministry said.';
    expect(findPlaces(text).map((p) => p.text).join('|')).toContain('Bosnia');
  });
});
