/**
 * The clause-level backoff (clause-backoff.ts): a count of persons no rule claimed, in a clause whose one predicate of
 * harm or movement is in the frames table, becomes a fact of that category, certainty `inferred`; and the limits that
 * keep a count near such a verb from being read as its victims. Sentences written for the rule, in several genres
 * and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const inferred = (text: string) =>
  extract(text).filter((f) => f.certainty === 'inferred').map((f) => [f.category, f.group, f.quantity?.value]);

describe('a count of persons no rule read, in a clause of one frame predicate', () => {
  it.each([
    ['monitor, Syria', 'The Observatory said 45 government soldiers, together with 12 allied militiamen, were killed in the ambush near Palmyra.', [['killed', 'government_forces', 45]]],
    ['monitor toll, Yemen', 'At least 300 civilians were killed in the air strikes on Saada in March, and between 20 and 40 Houthi fighters.', [['killed', 'opposition_fighters', 20]]],
    ['situation report, Sudan', 'Some 2,000 families from Tawila, together with 600 herders from the nearby villages, have fled toward El Fasher since Monday.', [['displaced', '', 600]]],
    ['regional outlet, DRC', 'ADF rebels killed 18 villagers in Beni on Sunday, and 7 farmers in Oicha.', [['killed', 'civilians', 7]]],
  ])('%s: %s', (_genre, text, expected) => {
    expect(inferred(text)).toEqual(expected);
  });

  it('keeps the stated facts of the sentence stated (wire, Syria)', () => {
    const facts = extract('The Observatory said 45 government soldiers, together with 12 allied militiamen, were killed in the ambush near Palmyra.');
    expect(facts.map((f) => [f.quantity?.value, f.certainty])).toEqual([[45, 'inferred'], [12, 'stated']]);
    expect(facts[0]!.reporter_texts).toEqual(['Observatory']);
    expect(facts[0]!.place_mentions.map((p) => p.text)).toEqual(['Palmyra']);
  });
});

describe('counts near a frame predicate that are no victims of it', () => {
  it.each([
    ['a count before a clause of its own (wire, Burkina Faso)', 'The army deployed 3,000 troops after militants killed villagers near Djibo.'],
    ['the agent of an active verb (wire, DRC)', 'Some 300 fighters stormed the village of Kilwa and killed residents, witnesses said.'],
    ['a negated clause (wire, Mali)', 'No one was killed, although 40 people were arrested in Bamako.'],
    ['a modal clause (situation report, DRC)', 'The shelling could displace 5,000 families in Ituri in the coming days, OCHA warned.'],
    ['a count with a verb of its own (situation report, Colombia)', 'The affected population reached 75,500 people in Catatumbo, with 51,900 forced displacements, and more than 23,600 people confined.'],
    ['a set a part is taken of (encyclopedic, Ukraine)', 'One of the 12 soldiers at the post near Bakhmut survived; the rest died.'],
    ['a population in a relative clause (assessment, Gaza)', 'The town, which had 20,000 residents before the war, saw 30 people killed in the raid.'],
    ['two categories in the clause (wire, Mali)', 'Residents said 4 soldiers and 9 militiamen were killed or wounded in the clashes near Kidal.'],
    ['a whole after a possessive (situation report, Syria)', "Of Idlib's 3 million residents, some 1.5 million have fled their homes, the UN said."],
    ['an infinitive (situation report, Somalia)', 'Agencies are preparing for up to 80,000 people to be displaced from Beledweyne.'],
    ['fighters moving (wire, Libya)', 'Some 400 Wagner fighters, together with 20 advisers, arrived in Sirte on Monday.'],
    ['the rest of a breakdown the finders leave to its whole (monitor, Yemen)', 'The toll rose to 30 in Marib, they are 9 children, 5 women and 16 men.'],
  ])('%s', (_case, text) => {
    expect(inferred(text)).toEqual([]);
  });
});

describe('an event phrase between the count and its verb is not crossed', () => {
  // The count may be those the event struck or only those present at it; the finders cross a place there, never an event.
  it.each([
    ['wire, Ukraine', 'Eight children in the overnight shelling of Kramatorsk were wounded, the regional administration said.'],
    ['regional outlet, DRC', 'Some 30 villagers during the raid on Kibirizi were killed, according to local sources.'],
    ['situation report, DRC', 'About 200 families in the clashes around Sake have fled toward Goma, partners reported.'],
    ['monitor toll, Yemen', "Four fishermen at the market in Tuesday's drone strike were killed, the monitoring project said."],
    ['encyclopedic, Myanmar', 'Some 40 worshippers in the bombing of the monastery at Pale died, according to local media.'],
  ])('%s', (_genre, text) => {
    expect(inferred(text)).toEqual([]);
  });
});

describe('a partitive "of the N" after the head noun', () => {
  // "12 families of the 90": the part is counted against a set, and which of the two the verb tells of is a guess.
  it.each([
    ['situation report, Sudan', 'Twelve families of the 90 in the shelter at Tawila were displaced again, the cluster reported.'],
    ['wire, Ethiopia', 'Some 15 soldiers of the 200 at the base near Mekelle died in the siege, a commander said.'],
    ['monitor toll, Gaza', 'Three nurses of the 40 at the clinic in Rafah fled to Deir al-Balah, the agency said.'],
    ['assessment, Sahel', 'Perhaps 60 households of the 400 around Djibo have returned since the convoy reached the town.'],
  ])('%s', (_genre, text) => {
    expect(inferred(text)).toEqual([]);
  });
});

describe('a saying verb between the count and its verb', () => {
  // "One officer said 14 soldiers died": the first count is the speaker, and what was said is a clause of its own.
  it.each([
    ['wire, Yemen', 'Two Yemeni nurses said 8 patients died in Hodeidah after the strike.'],
    ['regional outlet, Myanmar', 'Three residents reported 20 people fled the village of Tabayin overnight.'],
    ['situation report, DRC', 'Three Congolese farmers said 12 neighbours fled Rutshuru overnight.'],
    ['monitor toll, Gaza', 'Four Gazan paramedics estimated 35 people died in Jabalia on Sunday.'],
    ['wire, Ukraine', 'Two Ukrainian volunteers reported 14 residents returned to Kupiansk in May.'],
  ])('%s', (_genre, text) => {
    expect(inferred(text)).toEqual([]);
  });

  it.each([
    ['monitor toll, Yemen', 'Some 400 people, the ministry said, were killed in the strikes on Saada.', [['killed', 'people', 400]]],
    ['wire, DRC', 'More than 60 villagers, residents told Reuters, have fled toward Kalehe since Sunday.', [['displaced', '', 60]]],
  ])('a source set off by commas is passed over: %s', (_genre, text, expected) => {
    expect(inferred(text)).toEqual(expected);
  });
});

describe('a gapped member after an average', () => {
  // "an average of 14 civilians were killed, and 5 children": the later member shares the mean's reading, no count of an event.
  it.each([
    ['assessment, Gaza', 'In each strike the group logged, an average of 14 civilians were killed, and 5 children.'],
    ['situation report, DRC', 'Across the month, on average 40 people were displaced each day in Ituri, and 12 families.'],
  ])('%s', (_genre, text) => {
    expect(inferred(text)).toEqual([]);
  });
});
