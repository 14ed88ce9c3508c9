import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { findTimes } from '../src/time.ts';

/** Each fact as "place or count: time phrase". */
function times(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of extract(text)) out[f.place_mentions[0]?.text ?? String(f.quantity?.value)] = f.time_phrase;
  return out;
}

describe('a time counted from an event told before it dates only the later clause', () => {
  it.each([
    // Encyclopedic narrative, Syria
    ['Government troops recaptured Morek, but insurgents overran Latamneh the next day.', 'Morek', 'Latamneh', 'the next day'],
    // Wire copy, DRC
    ['M23 rebels seized Sake, and the army retook Minova two days later.', 'Sake', 'Minova', 'two days later'],
    // Monitor, Yemen: counts rather than places
    ['Twelve people were killed in the first strike, and another 20 died the following day.', '12', '20', 'the following day'],
  ])('%s', (text, earlier, later, phrase) => {
    const got = times(text);
    expect(got[later]).toBe(phrase);
    expect(got[earlier]).toBe('');
  });

  it('a time right after its own verb and a list of places dates them all', () => {
    const facts = extract('The army recaptured Morek and Kafr Zita the next day.');
    expect(facts.every((f) => f.time_phrase === 'the next day')).toBe(true);
    expect(facts.flatMap((f) => f.place_mentions.map((p) => p.text))).toEqual(['Morek', 'Kafr Zita']);
  });

  it('an earlier clause with its own date keeps it; the later one counts from it', () => {
    const facts = extract('On 3 May the army took Morek, and two days later rebels retook Latamneh.');
    const latamneh = facts.find((f) => f.place_mentions[0]?.text === 'Latamneh')!;
    expect(facts.find((f) => f.place_mentions[0]?.text === 'Morek')!.time_phrase).toBe('On 3 May');
    expect(latamneh.time_phrase).toBe('two days later');
    expect(latamneh.time_context).toContain('On 3 May');
    expect(latamneh.actor_text).toBe('rebels');
  });
});

describe('"N days later" ends the time phrase', () => {
  it('the words after "later" are the clause, not the date', () => {
    expect(findTimes('and two days later rebels retook Latamneh.').map((t) => t.text)).toEqual(['two days later']);
  });
  it('"after" and "later than" keep their anchor', () => {
    expect(findTimes('Three days after the attack on March 3, the army left.').map((t) => t.text)).toEqual(['Three days after the attack on March 3']);
    expect(findTimes('The town fell two days later than planned.').map((t) => t.text)).toEqual(['two days later than planned']);
  });
});
