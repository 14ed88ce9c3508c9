/**
 * "310 households comprising 1,870 people fled", "displaced families reached 7,031, comprising over 100,000 people":
 * a count of families or households and the persons they comprise are one movement told in two units. The data
 * contract gives one fact in each unit, as for "N families (M people)" (frame-finder.ts, `restatedInPersons`): the
 * fact of either unit that another finder read is copied with the other figure. The composing words are data
 * (data/composing-words.csv).
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import type { Draft } from './draft.ts';
import { readDataFile } from './data.ts';
import type { Counted } from './frame-parts.ts';
import { quantityOf } from './numbers.ts';

const ROWS = parseRegistry(readDataFile('composing-words.csv'), 'composing-words.csv', ['word']);
const COMPOSING = alternation(ROWS.map((r) => r.word!)).replace(/ /g, String.raw`\s+`);
// Between the two figures: the families' own noun and at most one qualifier ("displaced households"), a comma, the
// composing word, and a hedge of at most two words of the persons' figure ("over", "an estimated").
const BETWEEN = new RegExp(String.raw`^(?:\s+[\p{Ll}-]+){0,2}?\s*,?\s*(?:${COMPOSING})\s+(?:\p{Ll}+\s+){0,2}$`, 'u');
const GROUP_UNITS = new Set(['families', 'households']);

/** A count of persons after a families' fact and a composing word: that fact in persons. */
export function composedPersons(s: string, c: Counted, before: Draft[]): Draft | null {
  if (c.unit !== 'persons' || !c.head) return null;
  const whole = before.find((d) => d.kind === 'displacement' && GROUP_UNITS.has(d.unit) && d.figEnd <= c.q.start && BETWEEN.test(s.slice(d.figEnd, c.q.start)));
  return whole ? inUnitOf(whole, c) : null;
}

/** A count of families before a composing word and a persons' fact: that fact in families. */
export function composedFamilies(s: string, c: Counted, before: Draft[]): Draft | null {
  if (!GROUP_UNITS.has(c.unit)) return null;
  const persons = before.find((d) => d.kind === 'displacement' && d.unit === 'persons' && d.figStart >= c.q.end && BETWEEN.test(s.slice(c.q.end, d.figStart)));
  return persons ? inUnitOf(persons, c) : null;
}

/** The whole's fact with the other count in its own unit. */
function inUnitOf(whole: Draft, c: Counted): Draft {
  return { ...whole, unit: c.unit, quantity: quantityOf(c.q), count_phrase: c.q.phrase, figStart: c.q.start, figEnd: c.q.end };
}
