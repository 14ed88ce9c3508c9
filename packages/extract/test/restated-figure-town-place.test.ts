/**
 * A lead's figure placed only by a country or region ("killed 14 civilians in northeastern Syria") and restated later
 * with its town ("The 14 civilians were killed ... around the village of X") is one fact, placed by the town. A
 * restatement that names no town leaves the lead's place. Each text has its headline, which the lead restates first. Sentences written for this file, in several wars; none
 * comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);

describe('a restated figure takes the town it names', () => {
  it.each([
    ['wire, Syria', 'Strikes kill 11 civilians in Syria\n\nAir strikes on Monday killed 11 civilians in northwestern Syria. The 11 civilians were killed in strikes on the town of Maarat al-Numan, the monitor said.', 11, 'Maarat al-Numan'],
    ['wire, Ukraine', 'Shelling kills 12 in east Ukraine\n\nRussian shelling killed 12 people in eastern Ukraine on Sunday. The 12 people were killed when shells hit a market in the town of Kostiantynivka, the governor said.', 12, 'Kostiantynivka'],
    ['wire, Nigeria', 'Jihadists kill 23 farmers in Nigeria\n\nJihadists killed 23 farmers in northeastern Nigeria, officials said. The 23 farmers were killed near the village of Mafa, a militia leader said.', 23, 'Mafa'],
  ])('%s', (_case, s, value, town) => {
    const same = facts(s).filter((f) => f.category === 'killed' && f.value === value);
    expect(same).toHaveLength(1);
    expect(same[0]!.places).toContain(town);
  });

  it('a restatement with no town keeps the lead\'s place (Yemen)', () => {
    const same = facts('Shelling kills five children in Yemen\n\nHouthi shelling killed five children in Taiz on Saturday. The five children were killed as they played outside, a doctor said.')
      .filter((f) => f.category === 'killed' && f.value === 5);
    expect(same).toHaveLength(1);
    expect(same[0]!.places).toContain('Taiz');
  });
});
