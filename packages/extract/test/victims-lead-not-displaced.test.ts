/**
 * A figure named as the victims of a toll ("The dead included 12 people sheltering in a mosque", "Among the dead were
 * 9 people sheltering in a basement") is dead, not displaced: the verb after it says where they were when they died.
 * With no toll before, people of no group are that toll's own figure; after a toll they are no breakdown of it. People
 * sheltering with no such lead are still a stock of displaced. Sentences written for this file, in several wars; none
 * comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('the victims of a toll are not displaced', () => {
  it.each([
    ['news, Sudan: "The dead included"', 'The dead included 12 people sheltering in a mosque in Nyala, residents said.', 12],
    ['wire, Ukraine: "Among the dead were"', 'Among the dead were 9 people sheltering in a basement in Bakhmut.', 9],
    ['wire, Gaza: "Those killed included"', 'Those killed included 21 people staying in a school in Jabalia, medics said.', 21],
  ])('%s', (_case, s, value) => {
    const found = counts(s);
    expect(found).toContainEqual(['killed', value]);
    expect(found.filter(([c]) => c !== 'killed')).toEqual([]);
  });

  it('after a toll, the people are no displaced stock (Syria)', () => {
    const found = counts('Air strikes killed 46 people in Idlib province, the monitor said. It said the dead included 17 people sheltering in a cave near Kafr Nabl.');
    expect(found).toContainEqual(['killed', 46]);
    expect(found.filter(([c]) => c !== 'killed')).toEqual([]);
  });

  it('people sheltering with no lead are still displaced (CAR)', () => {
    expect(counts('About 2,000 people are sheltering in the cathedral of Bangui.')).toContainEqual(['idps_stock', 2000]);
  });
});
