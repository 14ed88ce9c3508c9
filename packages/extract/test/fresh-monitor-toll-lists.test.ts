/**
 * A monitor's toll that "included" a list of victims (issue 9, monitors' tolls): "the death toll included 31 soldiers
 * and 12 policemen" gives every member of the list, each a running total, not the first one only; and a counted
 * party among the victims ("12 policemen") is no antecedent of "the group said". Every sentence is written for this
 * file, in several wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);
const killed = (s: string) => facts(s).filter((f) => f.category === 'killed');

describe('a toll that "included" a list of victims', () => {
  it.each([
    ['monitor, Nigeria', 'The death toll of the ambush near Maiduguri included 23 soldiers and 7 civilians.', [['government_forces', 23], ['civilians', 7]]],
    ['rights group, Mali', 'The toll of the massacre in Moura included 84 civilians, 11 children and 6 women, the group said.', [['civilians', 84], ['children', 11], ['women', 6]]],
    ['UN mission, DR Congo', 'The mission said the toll in Ituri included 140 civilians and 18 Congolese soldiers.', [['civilians', 140], ['government_forces', 18]]],
  ])('%s', (_name, s, expected) => {
    const found = killed(s);
    expect(found.map((f) => [f.group, f.value])).toEqual(expected);
    expect(found.every((f) => f.cumulative)).toBe(true);
  });

  it('a list after "included" with no toll before it gives nothing', () => {
    expect(facts('The convoy to Mekelle included 40 trucks and 12 tankers.')).toEqual([]);
  });

  it('a list of bare figures after the toll is no list of victims', () => {
    const found = killed('The toll included 31, and 12 more died in hospital in Kherson.');
    expect(found.filter((f) => f.value === 31).length).toBe(1);
    expect(found.some((f) => f.value === 12 && f.cumulative)).toBe(false);
  });
});

describe('counted victims are no antecedent of "the group said"', () => {
  it.each([
    ['wire, Nigeria', 'The bombing in Kano killed 12 policemen, the group said.'],
    ['monitor, Iraq', 'The death toll in Tikrit included 40 soldiers and 15 policemen, the group said.'],
  ])('%s', (_name, s) => {
    const found = killed(s);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.reporters.join(' ')).not.toMatch(/police|soldier/i);
  });

  it('a party that acts is still the group that speaks', () => {
    const found = facts('In Omdurman the RSF shelled a market and killed 15 civilians, the group said.');
    expect(found.find((f) => f.value === 15)?.reporters).toEqual(['RSF']);
  });
});
