/**
 * A toll by perpetrator with the verb written once: "Government forces killed 120 civilians, Russian forces 45 and
 * armed groups 12". Each later figure, after nothing but an actor, is a fact of the same category and group with that
 * actor as perpetrator; its place, when it has one, is its own. Sentences written for the construction, several wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const tolls = (text: string) =>
  extract(text).filter((f) => f.kind === 'casualty').map((f) => [f.category, f.group, f.quantity?.value, f.actor_text, f.place_mentions.map((p) => p.text)]);

describe('a gapped toll gives one fact per perpetrator', () => {
  it.each([
    ['monitor, Syria', 'In 2016, the network said, Syrian regime forces killed 120 civilians, Russian forces 45 and ISIS 12.',
      [['killed', 'civilians', 120, 'Syrian regime forces', []], ['killed', 'civilians', 45, 'Russian forces', []], ['killed', 'civilians', 12, 'ISIS', []]]],
    ['outlet, Sudan', 'According to the monitor, the RSF killed 30 civilians in El Fasher, the army 14 in Omdurman and militias six in Nyala.',
      [['killed', 'civilians', 30, 'RSF', ['El Fasher']], ['killed', 'civilians', 14, 'army', ['Omdurman']], ['killed', 'civilians', 6, 'militias', ['Nyala']]]],
    ['sitrep, Myanmar', 'The Tatmadaw killed 64 civilians in Sagaing in March and the Arakan Army 7.',
      [['killed', 'civilians', 64, 'Tatmadaw', ['Sagaing']], ['killed', 'civilians', 7, 'Arakan Army', []]]],
    ['UN mission, Ukraine', 'Russian forces wounded 46 civilians and Ukrainian forces 9, the mission said.',
      [['injured', 'civilians', 46, 'Russian forces', []], ['injured', 'civilians', 9, 'Ukrainian forces', []]]],
  ])('%s', (_genre, text, expected) => {
    expect(tolls(text)).toEqual(expected);
  });

  it('the places before the first figure are shared by a member without its own (wire, Somalia)', () => {
    expect(tolls('In Lower Shabelle, al-Shabaab killed 14 soldiers and AMISOM 30 in Baidoa.').map((f) => [f[2], f[3], f[4]]))
      .toEqual([[14, 'al-Shabaab', ['Lower Shabelle']], [30, 'AMISOM', ['Baidoa']]]);
  });

  it('a territory list by side takes each side as actor', () => {
    const facts = extract('In Tigray, the army captured 3 villages and the rebels 2.').filter((f) => f.kind === 'territory');
    // The territory reader keeps a lowercase article ("the army"); the actor is the same.
    expect(facts.map((f) => [f.quantity?.value, f.actor_text.replace(/^the\s+/, ''), f.place_mentions.map((p) => p.text)]))
      .toEqual([[3, 'army', ['Tigray']], [2, 'rebels', ['Tigray']]]);
  });

  it.each([
    ['a reporter after the toll', 'The army killed 20 fighters, the rebels said 15.', [20]],
    ['a reporter, not an actor', 'Israeli strikes killed 31 people in Rafah, the health ministry said.', [31]],
  ])('no member after an actor that is not bare (%s)', (_case, text, values) => {
    expect(extract(text).filter((f) => f.kind === 'casualty').map((f) => f.quantity?.value)).toEqual(values);
  });

  it('a gapped list by place keeps its places', () => {
    const facts = tolls('Shelling killed nine people in Kharkiv, four in Sumy and two in Kherson.');
    expect(facts).toEqual([['killed', 'people', 9, '', ['Kharkiv']], ['killed', 'people', 4, '', ['Sumy']], ['killed', 'people', 2, '', ['Kherson']]]);
  });
});
