/**
 * Probe battery for round 47's reporter constructions, written for this file (none from the corpus or the seeds): a
 * publisher's own report under a byline block (a name line, an organisation line, a date line), a figure relayed by
 * an outlet ("ministry figures, cited by AFP"; "a rescue worker told Reuters": both the source and the medium, as the
 * convention of probe-reporter-genres.test.ts has it), a dated statement ("according to a 12 March statement by the
 * ministry"), and an organisation's own first person ("Our teams treated 58 wounded").
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const ALL = [...CATEGORIES.casualty, ...CATEGORIES.displacement, ...CATEGORIES.territory];

const BYLINE: Probe[] = [
  ['monitor', 'Thailand', 'Anucha Wongsakul\nBorder Violence Monitor\nMay 4, 2012\nIn the first quarter of 2012 the violence left 112 people dead in the three provinces.', [
    { category: 'killed', value: 112, reporters: ['Border Violence Monitor'] },
  ]],
  ['monitor', 'Colombia', 'Marta Lucía Ríos\nObservatorio de Paz Regional\n12 March 2021\nAt least 3,400 people were displaced from rural Tumaco in February.', [
    { category: 'displaced', value: 3400, reporters: ['Observatorio de Paz Regional'] },
  ]],
  ['thinktank', 'Afghanistan', 'Kabul front lines\nSamir Qaderi, The Hindu Kush Security Review, October 2, 2016\nThe Taliban have captured the district centre of Nad Ali in Helmand.', [
    { category: 'captured', value: null, places: ['Nad Ali'], reporters: ['The Hindu Kush Security Review'] },
  ]],
  ['monitor', 'Somalia', 'Ahmed Nur Warsame\nSomali Conflict Observatory\nThursday, 4 May 2023\nFighting in Lower Shabelle displaced 8,200 people in April.', [
    { category: 'displaced', value: 8200, reporters: ['Somali Conflict Observatory'] },
  ]],
  // A headline in title case and its kicker above a date are no byline; nor is a name with a role under it.
  ['regional', 'DR Congo', 'Rebels Seize Key Town\nArmy Pulls Back From Border Posts\n12 May 2021\nM23 rebels have captured the town of Rubaya.', [
    { category: 'captured', value: null, places: ['Rubaya'], reporters: [] },
  ]],
  ['regional', 'Ukraine', 'Olena Kovalenko\nSenior Correspondent\n4 March 2023\nTwo civilians were killed in the shelling of Kherson on Friday.', [
    { category: 'killed', value: 2, reporters: [] },
  ]],
  ['regional', 'Sudan', 'Amira Hassan\nDarfur Network for Human Rights\n3 June 2024\nThe shelling of the market killed 27 civilians in El Fasher on Sunday, the residents said.', [
    { category: 'killed', value: 27, reporters: ['residents'] },
  ]],
];

const RELAY: Probe[] = [
  ['wire', 'Gaza', 'The strikes killed 42 people overnight, according to health ministry figures cited by AFP.', [
    { category: 'killed', value: 42, reporters: ['health ministry', 'AFP'] },
  ]],
  ['wire', 'Myanmar', 'A rescue worker told Reuters that 19 villagers were killed when the bomb hit the monastery.', [
    { category: 'killed', value: 19, reporters: ['rescue worker', 'Reuters'] },
  ]],
  ['sitrep', 'Syria', 'Shelling killed 11 civilians in Ariha, according to Civil Defence data cited by the Syrian Observatory for Human Rights.', [
    { category: 'killed', value: 11, reporters: ['Civil Defence', 'Syrian Observatory'] },
  ]],
  ['regional', 'Ethiopia', 'An aid worker told the BBC that 30 people had died in the drone strike on the market in Dedebit.', [
    { category: 'killed', value: 30, reporters: ['aid worker', 'BBC'] },
  ]],
  ['monitor', 'Yemen', 'Four children were killed in Taiz, according to a statement by the local health office.', [
    { category: 'killed', value: 4, reporters: ['health office'] },
  ]],
  // Kinds of reports name no one, whatever their number: "media reports", "casualty figures".
  ['wire', 'Sudan', 'At least 25 people were killed in the raid, according to casualty figures.', [
    { category: 'killed', value: 25, reporters: [] },
  ]],
  ['wire', 'Sahel', 'Some 60 soldiers were killed in the ambush near Djibo, according to a 12 March statement by the defence ministry.', [
    { category: 'killed', value: 60, reporters: ['defence ministry'] },
  ]],
];

const FIRST_PERSON: Probe[] = [
  // A news release dated as a wire story, the agency in brackets: its figures are the agency's own.
  ['sitrep', 'South Sudan', 'Nairobi (ICRC) – Fighting near Malakal has overwhelmed the teaching hospital. Since Sunday 64 wounded people have been admitted, among them 12 children.', [
    { category: 'injured', value: 64, reporters: ['ICRC'] },
    { category: 'injured', value: 12, reporters: ['ICRC'] },
  ]],
  // A release that names its agency only in its title, then speaks as "our teams".
  ['sitrep', 'Yemen', 'Yemen: MSF calls for protection of hospitals in Taiz\n\nOur teams at the Al-Jumhuri hospital treated 58 wounded people on Friday after the shelling of the market.', [
    { category: 'injured', value: 58, reporters: ['MSF'] },
  ]],
  ['sitrep', 'DR Congo', 'DR Congo: ICRC alarmed as fighting reaches Goma\n\nSince Monday we have admitted 142 wounded people to the CBCA Ndosho hospital, where our surgical teams work around the clock.', [
    { category: 'injured', value: 142, reporters: ['ICRC'] },
  ]],
  // A place in brackets is no agency: the figures stay unattributed.
  ['regional', 'Sudan', 'Port Sudan (Red Sea) – Shelling killed nine people in the market on Sunday.', [
    { category: 'killed', value: 9, reporters: [] },
  ]],
  ['sitrep', 'Yemen', 'Médecins Sans Frontières is deeply concerned by the fighting in Taiz. Since Friday our teams have treated 58 wounded people at the hospital.', [
    { category: 'injured', value: 58, reporters: ['Médecins Sans Frontières'] },
  ]],
];

describe('byline block: the organisation line of a publisher\'s own report', () => BYLINE.forEach((p) => probe(ALL, p)));
describe('relay phrases: the source, and the outlet that relays it', () => RELAY.forEach((p) => probe(ALL, p)));
describe('first person: an organisation\'s own figures', () => FIRST_PERSON.forEach((p) => probe(ALL, p)));
