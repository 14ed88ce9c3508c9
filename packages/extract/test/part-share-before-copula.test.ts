/**
 * A toll's part in the next sentence with its share in a bracket before the copula ("Of those killed, 28,900 (92%)
 * were civilians"): the share is an aside, the group after the copula names the part (later-parts.ts, COPULA_AFTER).
 * Sentences written for the rule, several wars and monitors.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

describe('a part with its share in a bracket', () => {
  it.each([
    ['monitor (Gaza)', 'At least 4,120 people have been killed in Rafah, the rights group said. Of those killed in the strikes, 3,700 (90%) were civilians.', 3700, 'civilians'],
    ['monitor (Yemen)', 'Air raids killed 260 people in Hodeidah in 2018, the project said. Of the dead, 98 (38 per cent) were children.', 98, 'children'],
    ['outlet (Ukraine)', 'Shelling has killed 610 people in Kherson oblast since June, officials said. Among those killed, 402 (66%) were women.', 402, 'women'],
  ])('%s', (_name, text, value, group) => {
    const got = extract(text).map(brief).filter((f) => f.category === 'killed');
    expect(got.map((f) => [f.value, f.group])).toContainEqual([value, group]);
  });

  it('a bracket with no share keeps the part unread, as before', () => {
    const got = extract('Strikes killed 80 people in Idlib, the monitor said. Of the dead, 30 (from one family) were children.').map(brief);
    expect(got.some((f) => f.value === 30)).toBe(false);
  });
});
