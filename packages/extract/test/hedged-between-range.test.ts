/**
 * A hedge before "between" (numbers.ts `RANGE_HEDGE`): "left an estimated between 3,500 and 6,000 dead" is one
 * range figure with its hedge, the verb's object, as "an estimated 30,000" is. Sentences written for the rule, in
 * several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map((f) => ({ ...brief(f), upper: f.quantity?.upper ?? null }))
  .map((f) => [f.category, f.value, f.upper, f.modifier]);

describe('a hedge before a "between" range', () => {
  it.each([
    ['encyclopedic, Tigray', 'The war in Tigray killed an estimated between 60,000 and 90,000 people, historians say.', ['killed', 60000, 90000, 'about']],
    ['assessment, Yemen', 'An estimated between 2,000 and 3,500 civilians died in the siege of Taiz.', ['killed', 2000, 3500, 'about']],
    ['situation report, DRC', 'Clashes in Masisi displaced approximately between 8,000 and 12,000 people last month, OCHA said.', ['displaced', 8000, 12000, 'about']],
    ['monitor, Myanmar', 'The shelling of Loikaw left roughly between 40 and 70 villagers dead, according to the monitor.', ['killed', 40, 70, 'about']],
  ])('%s', (_genre, text, fact) => {
    expect(facts(text)).toEqual([fact]);
  });

  it('a range with no hedge keeps its exact reading (wire, Sudan)', () => {
    expect(facts('Fighting in Nyala killed between 30 and 45 people on Monday.')).toEqual([['killed', 30, 45, 'exact']]);
  });

  it('"over" before "between" stays a preposition (outlet, Colombia)', () => {
    expect(facts('Talks over between 10 and 20 villages stalled in Cauca.')).toEqual([]);
  });
});
