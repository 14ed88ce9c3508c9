/**
 * Who the victims are (issue 9): ages written around the noun never count and decide whether its persons are
 * children (under 18; an adult age never makes a child); non-combatants named by their trade (nurse, teacher,
 * journalist, farmer ...) are civilians, while a soldier or policeman keeps his side. Every sentence is written for
 * this file, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

/** [category, group, value] of every fact of a text. */
const facts = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.group, b.value]; });

describe('ages around the noun: the leading number counts, the age decides the group', () => {
  it.each([
    ['wire, Ukraine', 'Two 12-year-old boys were wounded when a missile hit a playground in Kharkiv on Sunday, the governor said.',
      ['injured', 'children', 2]],
    ['sitrep, Syria', 'Three children aged between 4 and 11 were killed in an airstrike on Maarrat al-Numan on 5 May.',
      ['killed', 'children', 3]],
    ['outlet, Yemen', 'A boy, aged 9, was killed by sniper fire in Taiz on Sunday, local medics said.', ['killed', 'children', 1]],
    ['news, Sudan', 'Two teenagers (15 and 17) died when shells fell on a market in El Obeid on Friday.', ['killed', 'children', 2]],
    ['monitor, Iraq', 'Three youths aged 14, 15 and 16 were wounded by a landmine near Tal Afar, the observatory said.',
      ['injured', 'children', 3]],
    ['wire, Mali', 'Two 16-year-old teenagers were shot dead at a checkpoint near Mopti, residents said.', ['killed', 'children', 2]],
  ])('%s', (_genre, text, fact) => expect(facts(text)).toContainEqual(fact));

  it.each([
    ['wire, Myanmar', 'Two students aged 19 and 22 were shot dead by soldiers in Mandalay on Saturday.', ['killed', 'people', 2]],
    ['outlet, Ethiopia', 'Three 20-year-old youths were killed in a drone strike on a bus in Gondar.', ['killed', 'people', 3]],
  ])('an adult age never makes a child (%s)', (_genre, text, fact) => {
    expect(facts(text)).toContainEqual(fact);
    expect(facts(text).some(([, g]) => g === 'children')).toBe(false);
  });

  it.each([
    ['monitor, Gaza', 'A woman, 60, and her son, 31, were killed when a strike hit their home in Khan Younis.'],
    ['wire, Nagorno-Karabakh', 'A man, 45, was wounded by shelling in Martuni on Tuesday, officials said.'],
    ['outlet, DR Congo', 'Two teenagers (15 and 17) died when M23 shells fell on a camp near Goma.'],
    ['wire, Ukraine', 'Two 12-year-old boys were wounded when a missile hit a playground in Kharkiv.'],
    // After a person's full name, with or without a rank before it.
    ['outlet, Pakistan', 'Troops returned fire, while Sepoy Ali Musa, 29, was martyred in the exchange near Wana.'],
    ['wire, Ukraine', 'Maria Kovalenko, 64, was wounded when a shell hit her house in Kherson, the governor said.'],
    ['news, Nigeria', 'Farmer Sani Bello, 41, was killed when bandits stormed Dansadau on Friday.'],
  ])('an age is never a count (%s)', (_genre, text) => {
    const values = facts(text).map(([, , v]) => v);
    for (const age of text.match(/\d+/g)!.map(Number)) expect(values).not.toContain(age);
  });
});

describe('non-combatants named by their trade are civilians; forces keep their side', () => {
  it.each([
    ['sitrep, Sudan', 'Five doctors and nurses were injured when the hospital in El Fasher was shelled on 3 June.', ['injured', 'civilians', 5]],
    ['wire, Ethiopia', 'A nurse was shot dead in Mekelle on Tuesday, the regional health bureau said.', ['killed', 'civilians', 1]],
    ['outlet, Gaza', 'Two journalists were killed in a strike on Deir al-Balah, the press syndicate said.', ['killed', 'civilians', 2]],
    ['news, Mali', 'Gunmen killed three farmers near Bandiagara on Sunday, local officials said.', ['killed', 'civilians', 3]],
    ['monitor, Syria', 'Regime shelling killed two teachers in Kafr Nabl, the monitor said.', ['killed', 'civilians', 2]],
  ])('%s', (_genre, text, fact) => expect(facts(text)).toContainEqual(fact));

  it.each([
    ['wire, Mali', 'Five soldiers and a policeman were killed in an ambush near Kidal.', [['killed', 'government_forces', 5], ['killed', 'government_forces', 1]]],
    ['news, Iraq', 'Two policemen were wounded in a bombing in Kirkuk on Monday.', [['injured', 'government_forces', 2]]],
    // A gendarmerie is a state force (Sahel, Cameroon, Turkey): its gendarmes are counted, on the state's side.
    ['wire, Burkina Faso', 'On Friday, nine gendarmes were slain when gunmen overran their post near Arbinda, the army said.', [['killed', 'government_forces', 9]]],
    ['outlet, Niger', 'A gendarme was wounded when a mine struck the convoy outside Tillaberi.', [['injured', 'government_forces', 1]]],
    ['monitor, Cameroon', 'Separatists killed four gendarmes at a checkpoint in the North-West region on Sunday.', [['killed', 'government_forces', 4]]],
  ])('a force stays a force (%s)', (_genre, text, parts) => {
    const got = facts(text);
    for (const p of parts) expect(got).toContainEqual(p);
    expect(got.some(([, g]) => g === 'civilians')).toBe(false);
  });
});

describe('ranks and titles name persons; "martyred" heads a coordinated subject as "killed" does', () => {
  it.each([
    ['outlet, Pakistan', 'On Thursday, an army captain was martyred during an operation against militants in Tank district.', [['killed', 'government_forces', 1]]],
    ['wire, Mali', 'An army captain and two soldiers were killed when their patrol was ambushed near Gao.', [['killed', 'government_forces', 1], ['killed', 'government_forces', 2]]],
    ['outlet, Yemen', 'A Houthi commander was killed in an airstrike on Hodeidah on Monday.', [['killed', 'opposition_fighters', 1]]],
    ['news, Iraq', 'A police officer was shot dead at a checkpoint in Kirkuk on Sunday.', [['killed', 'government_forces', 1]]],
    ['outlet, Sudan', 'Two RSF colonels were killed in the fighting near Babanusa, the army said.', [['killed', 'opposition_fighters', 2]]],
    ['outlet, Pakistan', 'Two days after four Frontier Corps soldiers and a sub-inspector were martyred near Spinwam, militants attacked a post in Wana.',
      [['killed', 'government_forces', 4], ['killed', 'government_forces', 1]]],
    ['monitor, Syria', 'Three civilians and a child were martyred in the shelling of Ariha on Sunday, the civil defence said.', [['killed', 'civilians', 3], ['killed', 'children', 1]]],
  ])('%s', (_genre, text, parts) => {
    const got = facts(text);
    for (const p of parts) expect(got).toContainEqual(p);
    expect(got).toHaveLength(parts.length);
  });

  it('a place before the comma leaves the number a count (outlet, Pakistan)', () => {
    expect(facts('In North Waziristan, 30, including two children, were killed.')).toContainEqual(['killed', 'people', 30]);
  });
});
