/**
 * Probe set for actors (issue 9): actor phrases written for this file the way wire copy, outlets and encyclopedic
 * narratives name the sides of a war, across several wars, each read in its article's country, with the side it must
 * resolve to (the `actor` of docs/data-contract.md). None is taken from the seeds or the corpus. Phrases with no side
 * word ("gunmen", "fighters"), and generic phrases whose side holds only inside one country ("federal forces",
 * "coalition-backed forces", "resistance forces") read in another country or in none, must resolve to nothing.
 */
import { describe, expect, it } from 'vitest';
import { resolveActor } from '../src/actors.ts';

type War = 'Syria' | 'Iraq' | 'Ukraine' | 'Sudan' | 'DRC' | 'Yemen' | 'Myanmar' | 'Ethiopia' | 'Libya' | 'Mali' | 'Karabakh' | 'Somalia' | 'Gaza' | 'none';
/** [war, the article's country (ISO2, '' unknown), the actor as written, the side it must resolve to ('' none)]. */
type Probe = [War, string, string, string];

const probes: Probe[] = [
  ['Syria', 'SY', 'coalition-backed forces', 'kurdish'],
  ['Syria', 'SY', 'the Kurdish-led SDF', 'kurdish'],
  ['Syria', 'SY', 'Turkish-backed Syrian National Army factions', 'opposition'],
  ['Syria', 'SY', 'fighters loyal to Hayat Tahrir al-Sham', 'opposition'],
  ['Syria', 'SY', 'government special forces', 'government'],
  ['Iraq', 'IQ', 'federal forces', 'government'],
  ['Iraq', 'IQ', 'Iraqi special forces', 'government'],
  ['Iraq', 'IQ', 'coalition-backed forces', 'government'],
  ['Iraq', 'IQ', 'Kurdish Peshmerga fighters', 'kurdish'],
  ['Ukraine', 'UA', 'Russian special forces', 'foreign:RU'],
  ['Ukraine', 'UA', 'Ukrainian special forces', 'government'],
  ['Ukraine', 'UA', 'the National Guard of Ukraine', 'government'],
  ['Ukraine', 'UA', 'fighters of the Azov Brigade', 'government'],
  ['Ukraine', 'UA', 'Russian-backed separatists', 'opposition'],
  ['Sudan', 'SD', 'the paramilitary Rapid Support Forces', 'opposition'],
  ['Sudan', 'SD', 'army special forces', 'government'],
  ['Sudan', 'SD', 'the Justice and Equality Movement', 'opposition'],
  ['Sudan', 'SD', 'Sudan Liberation Army fighters', 'opposition'],
  ['DRC', 'CD', 'Wazalendo fighters', 'government'],
  ['DRC', 'CD', 'Burundian troops', 'foreign:BI'],
  ['DRC', 'CD', 'Mai-Mai militiamen', 'opposition'],
  ['DRC', 'CD', 'M23 rebels backed by Rwanda', 'opposition'],
  ['Yemen', 'YE', 'coalition-backed forces', 'government'],
  ['Yemen', 'YE', 'al-Qaeda in the Arabian Peninsula militants', 'opposition'],
  ['Yemen', 'YE', 'Emirati-backed Security Belt forces', 'opposition'],
  ['Yemen', 'YE', 'Emirati troops', 'foreign:AE'],
  ['Yemen', 'YE', 'Houthi fighters', 'opposition'],
  ['Myanmar', 'MM', 'resistance forces', 'opposition'],
  ['Myanmar', 'MM', 'the Karen National Liberation Army', 'opposition'],
  ['Myanmar', 'MM', 'junta troops', 'government'],
  ['Myanmar', 'MM', 'the Karenni Army', 'opposition'],
  ['Ethiopia', 'ET', 'federal forces', 'government'],
  ['Ethiopia', 'ET', 'Oromo Liberation Army insurgents', 'opposition'],
  ['Ethiopia', 'ET', 'Tigrayan forces', 'opposition'],
  ['Libya', 'LY', 'forces loyal to Khalifa Haftar', 'opposition'],
  ['Libya', 'LY', 'Government of National Unity forces', 'government'],
  ['Libya', 'LY', 'GNA-aligned militias', 'government'],
  ['Mali', 'ML', 'MNLA fighters', 'opposition'],
  ['Mali', 'ML', 'the National Movement for the Liberation of Azawad', 'opposition'],
  ['Mali', 'ML', 'Tuareg separatists', 'opposition'],
  ['Mali', 'ML', 'the Azawad Liberation Front', 'opposition'],
  ['Mali', 'ML', 'Islamist fighters', 'opposition'],
  ['Somalia', 'SO', 'Islamists', 'opposition'],
  ['Somalia', 'SO', 'pro-government forces', 'government'],
  ['Libya', 'LY', 'anti-government forces', 'opposition'],
  ['Mali', 'ML', 'Ansar Dine militants', 'opposition'],
  ['Mali', 'ML', 'Russia’s Africa Corps', 'foreign:RU'],
  ['Mali', 'ML', 'Wagner mercenaries', 'foreign:RU'],
  ['Mali', 'ML', 'al-Qaeda-linked JNIM', 'opposition'],
  ['Karabakh', 'AZ', 'ethnic Armenian forces', 'opposition'],
  ['Karabakh', 'AZ', 'the Artsakh Defence Army', 'opposition'],
  ['Karabakh', 'AZ', 'Azerbaijani special forces', 'government'],
  ['Somalia', 'SO', 'federal forces', 'government'],
  ['Somalia', 'SO', 'African Union troops', 'peacekeepers'],
  ['Somalia', 'SO', 'Danab special forces', 'government'],
  ['Somalia', 'SO', 'al-Shabab militants', 'opposition'],
  ['Gaza', 'PS', 'Israeli special forces', 'foreign:IL'],
  ['Gaza', 'PS', "the al-Aqsa Martyrs' Brigades", 'opposition'],
  // No side word, or a side that holds only inside another country.
  ['Syria', 'SY', 'forces', ''],
  ['Ukraine', 'UA', 'fighters', ''],
  ['DRC', 'CD', 'gunmen', ''],
  ['Mali', 'ML', 'unidentified gunmen on motorbikes', ''],
  ['Iraq', 'IQ', 'tribal fighters', ''],
  ['none', '', 'federal forces', ''],
  ['none', '', 'coalition-backed forces', ''],
  ['Ukraine', 'UA', 'resistance forces', ''],
  ['Sudan', 'SD', 'federal forces', ''],
];

describe('probe: actor phrases across wars resolve to their side', () => {
  it.each(probes)('%s (%s): %s -> %s', (_war, country, text, side) => {
    expect(resolveActor(text, { country }).actor).toBe(side);
  });
});
