/** The rule-block test harness: a rule is a named list of written sentences, each with the facts it must give. */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

type Expected = Partial<ReturnType<typeof brief>>;
/** The genres the pipeline reads, as test labels: situation report, monitor, wire, outlet, narrative, think tank. */
export type Genre = 'sitrep' | 'monitor' | 'wire' | 'regional' | 'encyclopedic' | 'thinktank';
export type Case = [Genre, string, Expected[]];

/** The facts of a text, in order, each matching its expected fields (and no more facts than expected). */
export function check(text: string, expected: Expected[]) {
  const got = extract(text).map(brief);
  expect(got.length, JSON.stringify(got, null, 1)).toBe(expected.length);
  expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
}

/** One describe block per rule, one test per written sentence. */
export function rule(name: string, cases: Case[]) {
  describe(name, () => {
    for (const [genre, text, expected] of cases) it(`${genre}: ${text}`, () => check(text, expected));
  });
}
