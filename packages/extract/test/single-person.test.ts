/**
 * One person written with an article (issue 9): "A child was killed", "a 60-year-old woman was wounded", "killing a
 * paramedic and two firefighters", "including two children and a woman" count one person where the clause is a
 * casualty; quantifiers that open with an article ("a number of", "a few", "a dozen", "a third of") and persons who
 * are no casualties ("a soldier said", "a woman fled") do not. Every sentence is written for this file, in several
 * genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

/** [category, group, value] of every fact of a text. */
const facts = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.group, b.value]; });

describe('an article before a noun of persons counts one casualty', () => {
  it.each([
    ['wire, Ukraine', 'A child was killed when a shell hit a house in Kupiansk on Tuesday, the regional governor said.', ['killed', 'children', 1]],
    ['outlet, Yemen', 'A 60-year-old woman was wounded in the shelling of Taiz on Sunday, local officials said.', ['injured', 'women', 1]],
    ['monitor, Syria', 'In Daraa countryside, a media activist was killed by gunfire from unidentified men, the monitor said.', ['killed', 'civilians', 1]],
    ['sitrep, DR Congo', 'On 3 March, a teacher was shot dead by armed men near Beni.', ['killed', 'civilians', 1]],
    ['wire, Myanmar', 'An activist was shot dead by soldiers in Sagaing on Friday, witnesses said.', ['killed', 'civilians', 1]],
    ['outlet, Libya', 'A boy was injured by a stray round during clashes in southern Tripoli.', ['injured', 'children', 1]],
  ])('%s', (_genre, text, fact) => expect(facts(text)).toContainEqual(fact));
});

describe('one person with an article as a member of a list or a breakdown', () => {
  it.each([
    ['wire, Yemen', 'Shelling killed five people in Marib, including two children and a woman, medics said.',
      [['killed', 'people', 5], ['killed', 'children', 2], ['killed', 'women', 1]]],
    ['sitrep, Sudan', 'The attack on the market in El Obeid killed seven civilians, including a woman and three children.',
      [['killed', 'civilians', 7], ['killed', 'women', 1], ['killed', 'children', 3]]],
    ['outlet, Gaza', 'The strike on the ambulance killed a paramedic and two firefighters in Gaza City on Monday.',
      [['killed', 'civilians', 1], ['killed', 'civilians', 2]]],
    ['wire, Ethiopia', 'Drone strikes in Gondar killed a nurse and four civilians, the hospital said.',
      [['killed', 'civilians', 1], ['killed', 'civilians', 4]]],
  ])('%s', (_genre, text, parts) => {
    const got = facts(text);
    for (const p of parts) expect(got).toContainEqual(p);
  });
});

describe('no single person where the article opens a quantifier or the clause is no casualty', () => {
  it('a quantifier keeps its own reading (Sudan, DR Congo)', () => {
    expect(facts('A dozen villagers were killed near Beni on Sunday.')).toEqual([['killed', 'civilians', 12]]);
    const vague = facts('A number of civilians were killed in Nyala.');
    expect(vague).toHaveLength(1);
    expect(vague[0]![2]).toBeNull();
  });

  it.each([
    ['wire, Ukraine', 'A soldier said the town had been quiet since Monday.'],
    ['sitrep, Sudan', 'A woman fled to Tawila with her children after the attack on Zamzam.'],
    ['outlet, Mali', 'A week later, a group of soldiers was ambushed near Mopti.'],
    ['ency, Nagorno-Karabakh', 'A third of the villagers were displaced by the fighting in Martuni.'],
  ])('%s', (_genre, text) => expect(facts(text).filter(([, , v]) => v === 1)).toEqual([]));
});
