/**
 * A bracket holding a breakdown between a count and its verb (issue 9, round 2): "At least 40 people (including 12
 * children) were killed" reads as its comma twin does: the whole is the verb's subject and each part of the bracket is
 * a group fact of the same category. A participle that opens the bracket ("including", "excluding"), a comma of the
 * bracket's own list and a hyphenated compound ("women-headed") are no clause of their own. Every sentence is written
 * for this file, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

/** [category, group, value] of every fact of a text. */
const facts = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.group, b.value]; });

describe('a bracketed breakdown between a count and its verb', () => {
  it.each([
    ['wire, Syria', 'At least 40 people (including 12 children) were killed in an air strike on a market in Idlib on Monday, rescuers said.',
      [['killed', 'people', 40], ['killed', 'children', 12]]],
    ['outlet, Ukraine', 'At least 52 civilians (including 14 children, 11 women and three elderly men) were killed in Kramatorsk on Friday.',
      [['killed', 'civilians', 52], ['killed', 'children', 14], ['killed', 'women', 11]]],
    ['encyclopedic, Ethiopia', 'In Tigray, 31 people (including six children) were killed in a drone strike on the market of Togoga.',
      [['killed', 'people', 31], ['killed', 'children', 6]]],
    ['wire, Yemen', 'Some 17 people (among them seven women) were wounded when shells hit a wedding in Taiz.',
      [['injured', 'people', 17], ['injured', 'women', 7]]],
  ])('%s', (_genre, text, want) => {
    const got = facts(text);
    for (const f of want) expect(got).toContainEqual(f);
  });

  it('gives the same facts as the comma version (Gaza)', () => {
    const bracket = facts('At least 26 people (including nine children) were killed in strikes on Rafah overnight, the health ministry said.');
    const comma = facts('At least 26 people, including nine children, were killed in strikes on Rafah overnight, the health ministry said.');
    expect(bracket).toEqual(comma);
    expect(bracket).toContainEqual(['killed', 'children', 9]);
  });

  it('a compound adjective inside the bracket is no verb (situation report, Sudan)', () => {
    const got = extract('An estimated 2,300 households (including 800 women-headed households) were displaced from Tawila last week.');
    expect(got.map((f) => [f.category, f.quantity?.value])).toContainEqual(['displaced', 2300]);
  });

  it('"excluding" opens the bracket but gives no part (Libya)', () => {
    const got = facts('At least 23 people (excluding the four attackers) were killed in the attack on the ministry in Tripoli.');
    expect(got).toContainEqual(['killed', 'people', 23]);
    expect(got.map((f) => f[2])).not.toContain(4);
  });

  it('a bracket holding a clause of its own still stops the subject (Myanmar)', () => {
    // "(the junta denies it)" is an aside with its own verb: "20 villagers" is not the subject of "were".
    expect(facts('Twenty villagers (the junta denies it) were burned alive in Sagaing.')).toEqual([]);
  });
});
