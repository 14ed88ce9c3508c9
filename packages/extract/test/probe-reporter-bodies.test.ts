/**
 * Probe battery for WHO SAID IT (issue 9), fourth set: bodies whose names hold a capitalised person noun ("Activists",
 * "Doctors", "Journalists", "Mothers", "Families"), and attribution written the way each genre writes it: wire
 * ("a spokesman for X told AFP", "said in a statement on Telegram", "citing local officials"), situation report
 * ("According to partners on the ground", "as reported by the X Cluster", "(Source: X)"), monitor ("the Observatory
 * said", "our team documented"), encyclopedic ("According to X's figures,", "X estimated", footnote markers),
 * assessment ("Local authorities report", "Key informants indicated"), outlets ("a local source told X", "the health
 * directorate in X said"), and reports whose own publisher counts. Written for this file, in several wars; none taken
 * from the seeds or the corpus. A probe that fails for a reason not fixed yet runs as `it.skip` with that reason
 * (PROBE_ALL=1 runs it). Score on h-rep6 when written (2026-12-06, from main at 3683e40): 22/30 (misses: member nouns
 * inside names, "Kurdish Rights Activists in Iran" and "Doctors Against the Siege", a name's document "X's figures",
 * "Key informants", and the four skipped); 26/30 after; 29/30 on h-rep7 (a body noun's complement through "and",
 * "to" inside a name, an outlet named by its medium word after "told"); 30/30 on h-rep8 (a credit line that is a
 * sentence of its own credits the sentence before).
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const ALL = [...CATEGORIES.casualty, ...CATEGORIES.displacement, ...CATEGORIES.territory];

/** Names of bodies with a person noun inside them, each written whole as its reporter. */
const PERSON_NOUN_NAMES: Probe[] = [
  ['monitor', 'Iran', 'Kurdish Rights Activists in Iran said 14 protesters were killed in Mahabad on Friday.', [
    { category: 'killed', value: 14, reporters: ['Kurdish Rights Activists in Iran'] },
  ]],
  ['regional', 'Ukraine', 'Doctors Against the Siege said 31 patients were killed when the hospital in Izium was shelled.', [
    { category: 'killed', value: 31, reporters: ['Doctors Against the Siege'] },
  ]],
  ['wire', 'Sudan', 'At least 9 reporters have been killed in Darfur since April, the Committee to Protect Reporters said.', [
    { category: 'killed', value: 9, reporters: ['Committee to Protect Reporters'] },
  ]],
  ['thinktank', 'Syria', 'Surgeons for Human Dignity documented 48 medical workers killed in Aleppo province in 2016.', [
    { category: 'killed', value: 48, reporters: ['Surgeons for Human Dignity'] },
  ]],
  ['regional', 'Myanmar', 'According to Mothers of the Missing, 60 villagers fled Kani township after the raid.', [
    { category: 'displaced', value: 60, reporters: ['Mothers of the Missing'] },
  ]],
  ['sitrep', 'Syria', 'The Union of Field Hospitals and Relief Workers said 12 civilians were injured in Maarat al-Numan.', [
    { category: 'injured', value: 12, reporters: ['Union of Field Hospitals and Relief Workers'] },
  ]],
  ['wire', 'Gaza', 'Families for Return said 200 families fled Beit Hanoun overnight.', [
    { category: 'displaced', value: 200, unit: 'families', reporters: ['Families for Return'] },
  ]],
];

/** Wire copy: a spokesman for a body told an agency, a statement on a channel, officials cited. */
const WIRE: Probe[] = [
  ['wire', 'Ukraine', 'Eight civilians were killed in Kherson, a spokesman for the regional administration told AFP.', [
    { category: 'killed', value: 8, reporters: ['regional administration', 'AFP'] },
  ]],
  ['wire', 'Myanmar', 'The Arakan Army said in a statement on Telegram that it had captured the town of Buthidaung.', [
    { category: 'captured', value: null, places: ['Buthidaung'], reporters: ['Arakan Army'] },
  ]],
  ['wire', 'Sudan', 'Some 15 people were killed in shelling on El Fasher, Reuters reported, citing local officials.', [
    { category: 'killed', value: 15, reporters: ['Reuters', 'local officials'] },
  ]],
  ['wire', 'DR Congo', 'Local officials told Reuters that 26 civilians were killed in an attack on Beni.', [
    { category: 'killed', value: 26, reporters: ['local officials', 'Reuters'] },
  ]],
];

/** Situation reports: partners, a cluster, a bracketed source. */
const SITREP: Probe[] = [
  ['sitrep', 'Sudan', 'According to partners on the ground, 7,000 people have arrived in Tawila from El Fasher.', [
    { category: 'displaced', value: 7000, reporters: ['partners'] },
  ]],
  ['sitrep', 'DR Congo', 'As reported by the Protection Cluster, 45,000 people fled Masisi territory last week.', [
    { category: 'displaced', value: 45000, reporters: ['Protection Cluster'] },
  ]],
  ['sitrep', 'Ethiopia', 'Some 3,200 households were displaced from Raya Kobo in May (Source: IOM DTM).', [
    { category: 'displaced', value: 3200, reporters: ['IOM DTM'] },
  ]],
  ['sitrep', 'Ukraine', 'Around 1,100 people were evacuated from Pokrovsk, according to the regional authorities.', [
    { category: 'displaced', value: 1100, reporters: ['regional authorities'] },
  ]],
  ['sitrep', 'Myanmar', 'Some 2,300 people fled to Mrauk-U township last week. (Source: Rakhine Protection Sector)', [
    { category: 'displaced', value: 2300, reporters: ['Rakhine Protection Sector'] },
  ]],
];

/** Monitors: the monitor as subject, its own team. */
const MONITOR: Probe[] = [
  ['monitor', 'Syria', 'The Observatory said 23 fighters were killed in clashes near Saraqib.', [
    { category: 'killed', value: 23, reporters: ['Observatory'] },
  ]],
  // "Our team" is the publisher's own people (holder_noun, round 48): no one in the sentence, so the report's author.
  ['monitor', 'Myanmar', 'Our team documented 17 civilians killed in air strikes on Sagaing region in March.', [
    { category: 'killed', value: 17, reporters: [] },
  ]],
  ['monitor', 'Ukraine', 'The mission recorded 142 civilian casualties in Donetsk region in June, including 31 killed.', [
    { category: 'killed', value: 31, reporters: ['mission'] },
  ]],
];

/** Encyclopedic narrative: a body's figures, an estimate, footnote markers after the claim. */
const ENCYCLOPEDIC: Probe[] = [
  ['encyclopedic', 'Ethiopia', "According to the Tigray regional government's figures, 1,200 civilians were killed in Axum.", [
    { category: 'killed', value: 1200, reporters: ['Tigray regional government'] },
  ]],
  ['encyclopedic', 'Syria', 'The UN estimated that 950,000 people were displaced by the offensive in Idlib.[14]', [
    { category: 'displaced', value: 950000, reporters: ['UN'] },
  ]],
  ['encyclopedic', 'Yemen', 'Airwars recorded 37 civilian deaths in the strikes on Hodeidah.[7][8]', [
    { category: 'killed', value: 37, reporters: ['Airwars'] },
  ]],
  ['encyclopedic', 'Ukraine', 'Ukrainian officials estimated that 300 people were killed in the strike on the theatre in Mariupol.[22]', [
    { category: 'killed', value: 300, reporters: ['Ukrainian officials'] },
  ]],
];

/** Assessments: authorities and informants reporting in the present. */
const ASSESSMENT: Probe[] = [
  ['thinktank', 'Sahel', 'Local authorities report that 4,000 people have fled Djibo since January.', [
    { category: 'displaced', value: 4000, reporters: ['Local authorities'] },
  ]],
  ['thinktank', 'Sudan', 'Key informants indicated that 600 households had left Kutum for Chad.', [
    { category: 'displaced', value: 600, reporters: ['Key informants'] },
  ]],
  ['sitrep', 'Yemen', 'Community leaders report that 250 families arrived in Marib city in April.', [
    { category: 'displaced', value: 250, reporters: ['Community leaders'] },
  ]],
];

/** Outlets: a source told the outlet, a directorate of a province. */
const OUTLETS: Probe[] = [
  ['regional', 'Syria', 'A local source told Enab Baladi that 6 people were killed in the bombing of Atarib.', [
    { category: 'killed', value: 6, reporters: ['local source', 'Enab Baladi'] },
  ]],
  ['regional', 'Syria', 'The health directorate in Idlib said 19 civilians were injured in the shelling of Ariha.', [
    { category: 'injured', value: 19, reporters: ['health directorate'] },
  ]],
  ['regional', 'Yemen', 'Medical sources in Taiz told Al-Masdar Online that 5 children were killed by sniper fire.', [
    { category: 'killed', value: 5, reporters: ['Medical sources', 'Al-Masdar Online'] },
  ]],
  ['regional', 'Ukraine', 'The head of the Sumy regional military administration said 4 people were killed in Okhtyrka.', [
    { category: 'killed', value: 4, reporters: ['Sumy regional military administration'] },
  ]],
];

const SETS: Record<string, Probe[]> = {
  'names with a person noun': PERSON_NOUN_NAMES,
  'wire': WIRE,
  'situation reports': SITREP,
  'monitors': MONITOR,
  'encyclopedic': ENCYCLOPEDIC,
  'assessments': ASSESSMENT,
  'outlets': OUTLETS,
};
for (const [name, probes] of Object.entries(SETS)) {
  describe(`reporter bodies and genres: ${name}`, () => {
    for (const p of probes) probe(ALL, p);
  });
}
