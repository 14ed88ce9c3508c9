/**
 * The state forces of Afghanistan (2001-2021) and Somalia, as wire copy names them ("Afghan forces", "Afghan security
 * forces", "Somali forces"): a government side, registered in actors.csv. Without them, a headline that joins two
 * verbs ("Afghan forces kill 50 militants, recapture 10 villages") gave the villages to the militants it had just
 * killed. Sentences written for the rule, in several genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

describe('Afghan and Somali state forces are a side', () => {
  it.each([
    ['Afghan forces kill 40 militants, recapture 6 villages in Baghlan', 'Afghan forces'],
    ['Somali forces kill 17 militants, retake two towns in Lower Shabelle', 'Somali forces'],
    ['Afghan security forces retook 3 villages in Faryab province on Tuesday, a police spokesman said.', 'Afghan security forces'],
    ['Somali government forces recaptured four villages near Jowhar overnight, officials said.', 'Somali government forces'],
  ])('%s', (text, side) => {
    const taken = extract(text).map(brief).filter((f) => f.category === 'captured');
    expect(taken.length).toBeGreaterThan(0);
    for (const f of taken) expect(f.actor).toBe(side);
  });

  it('the side that kills is named too', () => {
    const killed = extract('The Afghan army killed 22 Taliban fighters in Helmand on Sunday, the ministry said.').map(brief);
    expect(killed.find((f) => f.category === 'killed')?.actor).toBe('Afghan army');
  });
});
