import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Category, count and unit of each fact of a sentence. */
const facts = (text: string) => extract(text).map((f) => `${f.category} ${f.quantity?.value} ${f.unit}`);

describe('a participle before a noun that names the event ("N forced displacements")', () => {
  it.each([
    // Situation report, Colombia
    ['The Local Coordination Team recorded 28,500 forced displacements in Catatumbo since 16 January.', 'displaced 28500 persons'],
    // Monitor, Myanmar
    ['The network documented 4,100 forced displacements from villages in Sagaing during March.', 'displaced 4100 persons'],
    // Assessment, Ukraine
    ['The Cluster tracked 2,300 forced movements out of Kupiansk district last week.', 'displaced 2300 persons'],
  ])('%s', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });
});

describe('"forced N households, or M people, (in X) to flee": both counts and the place before the infinitive', () => {
  it.each([
    // Wire copy, Thailand-Cambodia border
    ['The clashes have forced 10,800 families, or 37,600 people, in three border provinces to evacuate to safe locations.', ['displaced 10800 families', 'displaced 37600 persons']],
    // Situation report, DRC
    ['Fighting forced 3,000 households, or about 15,000 people, to flee their homes in Ituri last week.', ['displaced 3000 households', 'displaced 15000 persons']],
    // Regional outlet, Ukraine
    ['The shelling forced 2,000 families in Kharkiv oblast to leave their villages on Sunday.', ['displaced 2000 families']],
    // Monitor, Mozambique, the restatement in brackets
    ['The attacks forced 900 households (4,500 people) across Cabo Delgado to flee to Pemba.', ['displaced 900 households', 'displaced 4500 persons']],
  ])('%s', (text, expected) => {
    const got = facts(text);
    for (const e of expected) expect(got).toContain(e);
  });

  it('an "or" that restates no count is no restatement', () => {
    expect(facts('The fighting forced 2,000 families, or most of the village, to stay indoors.')).toEqual([]);
  });
});
