/**
 * A body's people as who reports (round 48): "MSF staff in Tawila treated 50 wounded" is MSF's figure, wherever its
 * staff work and however the holder is written ("MSF's medical teams"); the same people with no body named ("Staff
 * report that ...", "Our teams counted") name no one in the sentence, so the text's author reports them; and a
 * capitalised role word opening a body's name ("Media Center for Public Order") is part of the name, not a title
 * before a person. Sentences written for this file, in several genres and wars.
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const ALL = [...CATEGORIES.casualty, ...CATEGORIES.displacement, ...CATEGORIES.territory];

const TEAMS: Probe[] = [
  ['sitrep', 'Sudan', 'MSF staff in Tawila, North Darfur, treated 50 wounded patients on Thursday alone.', [
    { category: 'injured', value: 50, reporters: ['MSF'] },
  ]],
  ['regional', 'Gaza', "MSF's medical teams have treated 171 wounded in Khan Younis since Friday.", [
    { category: 'injured', value: 171, reporters: ['MSF'] },
  ]],
  ['wire', 'South Sudan', 'ICRC surgeons at Juba, Malakal, have treated 64 wounded since the clashes began.', [
    { category: 'injured', value: 64, reporters: ['ICRC'] },
  ]],
  ['wire', 'DR Congo', 'ICRC staff counted 40 bodies in the village of Kamango.', [
    { category: 'killed', value: 40, reporters: ['ICRC'] },
  ]],
  // A holder that is no registry agency is left to the other rules: an army's doctors are not its spokesmen.
  ['wire', 'Ukraine', 'Army medics in Kupiansk treated 12 wounded soldiers overnight.', [
    { category: 'injured', value: 12, reporters: [] },
  ]],
];

const NO_BODY: Probe[] = [
  ['sitrep', 'East Timor', 'Staff report that by Friday most of the 450 displaced had gone back to their villages.', [
    { category: 'returned', value: 450, reporters: [] },
  ]],
  ['sitrep', 'Chad', 'Our teams counted 300 displaced families arriving in Adre last week.', [
    { category: 'displaced', value: 300, reporters: [] },
  ]],
  // A role with a place is still a speaker: the hospital's staff are who they are.
  ['wire', 'Gaza', 'Staff at the hospital said 14 bodies had been brought in overnight.', [
    { category: 'killed', value: 14, reporters: ['Staff at the hospital'] },
  ]],
];

const ROLE_IN_NAME: Probe[] = [
  ['wire', 'Sri Lanka', 'Four police officers were wounded in the raid, said the Media Center for Public Order in a statement.', [
    { category: 'injured', value: 4, reporters: ['Media Center for Public Order'] },
  ]],
  ['regional', 'Libya', 'The Media Office of the Interior Ministry said nine policemen were killed in Benghazi.', [
    { category: 'killed', value: 9, reporters: ['Media Office of the Interior Ministry'] },
  ]],
  // A title before a person stays a title: the person (or the body before the title) speaks.
  ['wire', 'Syria', 'Spokesman Ali Hamoud said 11 fighters were killed near Deir Hafer.', [
    { category: 'killed', value: 11, reporters: ['Ali Hamoud'] },
  ]],
];

const SETS: Record<string, Probe[]> = { 'a body\'s staff at work': TEAMS, 'staff with no body': NO_BODY, 'a role word in a body\'s name': ROLE_IN_NAME };
for (const [name, probes] of Object.entries(SETS)) {
  describe(`holder reporters: ${name}`, () => {
    for (const p of probes) probe(ALL, p);
  });
}
