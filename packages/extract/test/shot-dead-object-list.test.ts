/**
 * "shot dead" and "gunned down" take a list of counted objects as "killed" does: each figure of the list is a death
 * of its own group ("shot dead nine soldiers and two nurses"), in wire copy, outlets and monitors' reports alike.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('a list after "shot dead" or "gunned down" is one death toll per figure', () => {
  it.each([
    ['Militants shot dead nine soldiers and two nurses near Gao on Monday.', [['killed', 9], ['killed', 2]]],
    ['Security forces shot dead 14 protesters and three bystanders in Khartoum, a doctors\' union said.', [['killed', 14], ['killed', 3]]],
    ['Gunmen gunned down seven farmers, two herders and a teacher in Zamfara State.', [['killed', 7], ['killed', 2]]],
    ['The monitor said troops had shot dead 22 villagers and four monks in Sagaing Region.', [['killed', 22], ['killed', 4]]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(expect.arrayContaining(want)));

  it('the verbs after the list keep their own figures', () => {
    const facts = counts('Troops shot dead 12 protesters, wounded 40 others and detained 100 in Khartoum.');
    expect(facts).toEqual([['killed', 12], ['injured', 40]]);
  });

  it('the passive is unchanged: "were shot dead" counts its subject once', () => {
    expect(counts('Fourteen passengers were shot dead at a checkpoint near Bunia.')).toEqual([['killed', 14]]);
  });
});
