/**
 * Whole-document probes for who reported a change of control inside a narrative (issue 9): a source named after
 * "according to", a monitor or an outlet that "reported that", activists who "said the rebels had taken X", state
 * media that "claimed the capture of X", a denial (the side that denies is no reporter of the claim) and a source the
 * text keeps quoting ("It added that ..."). Every text was written for this file, in several wars and genres; none is
 * taken from the seeds or the corpus. The harness is document-probe.ts; the score is asserted at the end.
 */
import { describe, expect, it } from 'vitest';
import { docPasses, docProbe, type DocProbe } from './document-probe.ts';

const GOV = 'government';
const OPP = 'opposition';

export const REPORTERS: DocProbe[] = [
  ['encyclopedic', 'Syria', 'Battle of Tal Rifaat (2016)\nDate 2 – 16 February 2016\nLocation Aleppo Governorate, Syria\n\n' +
    'Kurdish-led forces advanced north of Aleppo in early February 2016. ' +
    'On 15 February, the SDF captured Tal Rifaat, according to pro-government sources. ' +
    'Rebel commanders said fighting continued in the western part of the town.',
  [{ category: 'captured', place: 'Tal Rifaat', side: 'Syrian Democratic Forces', reporter: 'pro-government sources', end: '2016-02-15' }]],

  ['encyclopedic', 'Syria', 'Eastern Ghouta offensive (2018)\nDate 18 February – 14 April 2018\n\n' +
    'Government forces began a ground assault on the enclave in late February. ' +
    'On 11 March, the SOHR reported that the army had taken Mesraba. ' +
    'Two days later, opposition activists said the rebels had retaken Hammouriyeh.',
  [{ category: 'captured', place: 'Mesraba', side: GOV, reporter: 'Syrian Observatory', end: '2018-03-11' },
    { category: 'captured', place: 'Hammouriyeh', side: OPP, reporter: 'opposition', end: '2018-03-13' }]],

  ['wire', 'Yemen', '---\npublished: 2021-02-15\n---\nHouthis push on Marib\n\nDUBAI, Feb 15 (Reuters) - ' +
    'Houthi state media claimed the capture of Kassara on Sunday, a district west of Marib city. ' +
    'Government officials denied it, saying their forces had repelled the attack.',
  [{ category: 'captured', place: 'Kassara', side: OPP, reporter: 'media', end: '2021-02-14' }]],

  ['encyclopedic', 'Mozambique', 'Insurgency in Cabo Delgado (2020)\nDate 23 March – 12 August 2020\n\n' +
    'Islamist insurgents stepped up their attacks in northern Mozambique in 2020. ' +
    'On 23 March, the insurgents seized Quissanga, which the army denied. ' +
    'In August 2020, they took the port of Mocímboa da Praia after a week of fighting.',
  [{ category: 'captured', place: 'Quissanga', side: OPP, reporter: '', end: '2020-03-23' }]],

  ['news', 'Ukraine', '---\npublished: 2023-05-21\n---\nWagner claims Bakhmut\n\nKYIV — ' +
    'The Russian defence ministry said on Sunday that Wagner fighters had taken the last districts of Bakhmut. ' +
    'It added that Russian forces had also captured Ivanivske, south of the city. ' +
    'Ukraine\'s military said fighting continued on the outskirts.',
  [{ category: 'captured', place: 'Ivanivske', side: 'foreign:RU', reporter: 'Ministry of Defence', end: '2023-05-21' }]],

  ['monitor', 'Sudan', '---\npublished: 2024-03-13\n---\nSudan weekly update, 13 March 2024\n\n' +
    'The Sudan Tribune reported that the army had recaptured Um Ruwaba on 12 March. ' +
    'It said the RSF had withdrawn towards the eastern bank of the Nile. ' +
    'The paper also reported that RSF fighters had seized the village of Wad al-Noura on 11 March.',
  [{ category: 'captured', place: 'Um Ruwaba', side: GOV, reporter: 'Sudan Tribune', end: '2024-03-12' },
    { category: 'captured', place: 'Wad al-Noura', side: OPP, reporter: 'Sudan Tribune', end: '2024-03-11' }]],

  ['situation report', 'DR Congo', '---\npublished: 2023-10-27\n---\nDRC: North Kivu Flash Update No. 3\nAs of 27 October 2023\n\n' +
    'Fighting between M23 and the FARDC resumed in Rutshuru territory on 21 October. ' +
    'According to local sources, M23 fighters took control of Kishishe on 24 October. ' +
    'The same sources said they had also entered Bambo the following day.',
  [{ category: 'captured', place: 'Kishishe', side: OPP, reporter: 'local sources', end: '2023-10-24' },
    { category: 'entered', place: 'Bambo', side: OPP, reporter: 'local sources', end: '2023-10-25' }]],

  ['encyclopedic', 'Libya', 'Battle of Sirte (2016)\nDate 12 May – 6 December 2016\n\n' +
    'Forces loyal to the Government of National Accord attacked ISIL positions around Sirte in May 2016. ' +
    'On 10 August, GNA forces captured the Ouagadougou conference centre, a GNA spokesman said. ' +
    'ISIL fighters retook the nearby Ibn Sina hospital three days later, which the GNA denied.',
  [{ category: 'captured', place: 'Ouagadougou', side: GOV, reporter: 'spokesman', end: '2016-08-10' }]],
];

/**
 * When this file was written: 6 of these 8; 7 with 'the same sources' read as the source quoted last; 8 with 'the
 * paper' read as the outlet named last (media_anaphor, round nl1). Raise it, never lower it.
 */
const MIN_PASSING = 8;

describe('document probes: reporters of captures in narratives', () => { for (const p of REPORTERS) docProbe(p); });

describe('document probes (reporters): score', () => {
  it(`at least ${MIN_PASSING} of ${REPORTERS.length} documents pass, skipped ones included`, () => {
    const failing = REPORTERS.filter((p) => !docPasses(p)).map((p) => p[2].split('\n')[0]);
    expect(REPORTERS.length - failing.length, failing.join('\n')).toBeGreaterThanOrEqual(MIN_PASSING);
  });
});
