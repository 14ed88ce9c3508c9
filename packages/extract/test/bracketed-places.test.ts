/**
 * A toll broken down by place in brackets, each place before its figure (bracketed-places.ts): "2,100 people were
 * injured (Kassala 1,500, Gedaref 600)" is the toll and a part per place. Sentences written for the rule, in several
 * genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value, f.places]);

describe('parts by place in brackets after a toll', () => {
  it.each([
    ['situation report, Sudan', 'In all 1,950 people were injured (Kassala 1,200, Gedaref 750), the ministry said.', [['injured', 1200, ['Kassala']], ['injured', 750, ['Gedaref']]]],
    ['monitor, Syria', 'At least 140 people were killed (Homs 90, Hama 30 and Idlib 20) on Friday, the monitor said.', [['killed', 90, ['Homs']], ['killed', 30, ['Hama']], ['killed', 20, ['Idlib']]]],
    ['situation report, DRC', 'Fighting displaced 9,000 people (Beni 5,000 and Lubero 4,000) last week, OCHA said.', [['displaced', 5000, ['Beni']], ['displaced', 4000, ['Lubero']]]],
    ['assessment, Mali', 'By official count 1,430 people were hurt (Mopti 1,010 and Segou 420) in the week.', [['injured', 1010, ['Mopti']], ['injured', 420, ['Segou']]]],
  ])('%s', (_genre, text, parts) => {
    const found = facts(text);
    for (const part of parts) expect(found).toContainEqual(part);
    expect(found).toHaveLength(parts.length + 1);
  });

  it('parts that add up to more than the toll are no breakdown of it (wire, Syria)', () => {
    expect(facts('At least 140 people were killed (Homs 90, Hama 80) on Friday.')).toHaveLength(1);
  });

  it('a date in brackets is no member (monitor, Mali)', () => {
    expect(facts('Some 40 people were killed (March 2024) in Gao.')).toHaveLength(1);
  });
});
