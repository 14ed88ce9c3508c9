/**
 * A toll's breakdown in the next sentence as what a source said, without "that", and with a noun after "the injured"
 * or "the dead" ("The network said the injured people included seven children"): later-parts.ts. Sentences written
 * for the rule, several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const parts = (text: string) => extract(text).map(brief).filter((f) => f.group === 'children' || f.group === 'women');

describe('a breakdown reported by "X said the injured people included ..."', () => {
  it.each([
    ['Sudan', 'At least 13 civilians were killed and 19 injured in El Fasher. The network said the injured people included seven children.', 'injured', 7],
    ['Ukraine', 'Shelling killed 9 people in Kharkiv. The governor added the dead civilians included three children.', 'killed', 3],
    ['Myanmar', 'An airstrike killed 20 people in Sagaing. The dead people included 6 children, residents said.', 'killed', 6],
    ['Gaza', 'A strike on a school wounded 31 people. Medics reported the wounded persons included 12 women.', 'injured', 12],
  ])('%s', (_war, text, category, value) => {
    expect(parts(text).map((f) => [f.category, f.value])).toEqual([[category, value]]);
  });

  it('"said" before a figure that is no breakdown gives no part', () => {
    expect(parts('Shelling killed 9 people in Kharkiv. The governor said three children were evacuated.')).toEqual([]);
  });
});
