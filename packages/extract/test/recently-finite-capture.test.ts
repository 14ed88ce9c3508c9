/**
 * "Recently" or "newly" before a capture verb (issue 9, fresh assessments): after a determiner or a preposition the
 * participle describes ground taken earlier ("the recently captured districts"), but after a subject it is the
 * sentence's own verb ("AU forces recently retook the town"), a capture. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (s: string) => extract(s).filter((f) => f.kind === 'territory' && f.category === 'captured').map((f) => brief(f));

describe('recently + capture verb', () => {
  it.each([
    ['assessment, Somalia', 'Shabaab captured the town of Marka in February. AU forces recently retook the town.', 'AU forces'],
    ['assessment, Ukraine', 'Russian forces took the village of Pisky in August. Ukrainian troops recently recaptured the village.', 'Ukrainian troops'],
    ['outlet, Myanmar', 'Rebels seized the town of Kyaukme in March. Army units recently regained the town, residents said.', 'Army'],
  ])('%s: a subject before "recently" makes a finite verb', (_genre, s, actor) => {
    const got = captures(s);
    expect(got.map((b) => b.actor), JSON.stringify(got)).toContainEqual(expect.stringContaining(actor));
  });

  it.each([
    ['wire, Iraq', 'Troops moved into the recently captured districts of Mosul.'],
    ['outlet, Syria', 'Mines were cleared in newly liberated villages near Raqqa.'],
  ])('%s: after a determiner or a preposition it is an adjective', (_genre, s) => {
    expect(captures(s)).toEqual([]);
  });
});

/**
 * A name's acronym in brackets inside the name ("African Union (AU) forces"): the subject is still the side the
 * registry knows, so its retaking of a town is not read as the last side's (and merged away with that side's capture).
 */
describe('a bracketed acronym inside a side\'s name', () => {
  it.each([
    ['assessment, Somalia', 'Shabaab captured the town of Marka in February. African Union (AU) forces retook the town in March.', /African Union forces/],
    ['outlet, Somalia', 'Militants overran the town of Leego in June. African Union (AU) troops later retook the town.', /African Union troops/],
  ])('%s', (_genre, s, actor) => {
    expect(captures(s).map((b) => b.actor)).toContainEqual(expect.stringMatching(actor));
  });
});
