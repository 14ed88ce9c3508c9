import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Category and count of each fact of a sentence. */
const facts = (text: string) => extract(text).map((f) => `${f.category} ${f.quantity?.value}`);

describe('a reduced relative clause between the subject and its verb ("N people escaping X have crossed")', () => {
  it.each([
    // Situation report, Sahel
    ['Around 12,000 people escaping the violence have crossed into Mauritania since January.', 'displaced 12000'],
    // Wire copy, Afghanistan
    ['At least 30 people attending a wedding in Kunduz were killed in the air strike.', 'killed 30'],
    // Monitor's toll, Ukraine
    ['Some 300 civilians trying to reach the crossing were killed in the shelling near Kherson.', 'killed 300'],
    // Regional outlet, Sudan
    ['More than 4,000 families sheltering in schools have been displaced again by the clashes in El Obeid.', 'displaced 4000'],
    // Encyclopedic narrative, Iraq
    ['Nearly 200 fighters defending the bridge were killed over the next three days.', 'killed 200'],
  ])('%s', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it('a participle that is itself the predicate (a headline) stays the verb', () => {
    expect(facts('More than 40,000 people fleeing the fighting in Khartoum')).toContain('displaced 40000');
  });

  it('a figure inside the clause ends the look: its own verb is not the subject\'s', () => {
    // "guarding 300 prisoners" holds a figure of its own: the 12 guards are not counted by "were freed".
    expect(facts('Twelve guards watching 300 prisoners were freed on Monday.')).not.toContain('displaced 12');
  });
});
