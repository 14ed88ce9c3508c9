/**
 * scripts/profile-summary.ts, on a hand-made profile: a function's inclusive time counts a sample once however deep
 * its recursion, self time is the samples taken in it, and `under` splits a function's time among its direct callees.
 */
import { expect, it } from 'vitest';
import { summarize, type Profile, type ProfileNode } from '../scripts/profile-summary.ts';

const node = (id: number, functionName: string, children: number[] = [], columnNumber = id): ProfileNode => ({
  id,
  callFrame: { functionName, url: `file:///x/${functionName}.ts`, columnNumber },
  children,
});

// root -> read (2) -> read (recursive, 1) -> scan (5); root -> tag (4); read (2) -> tag (3)
const profile: Profile = {
  nodes: [node(1, '(root)', [2, 5]), node(2, 'read', [3, 6]), node(3, 'read', [4], 2), node(4, 'scan'), node(5, 'tag'), node(6, 'tag')],
  samples: [2, 2, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6],
  timeDeltas: Array(15).fill(1000),
};

it('counts a recursive function once per sample, and a function called from two places in both', () => {
  const s = summarize(profile);
  expect(s.total).toBe(15_000);
  expect(s.inclusive.get('read read.ts:2')).toBe(11_000); // not 17,000: the inner call's 6 samples are counted once
  expect(s.inclusive.get('scan scan.ts:4')).toBe(5_000);
  expect(s.self.get('read read.ts:2')).toBe(3_000);
  expect(s.self.get('tag tag.ts:5')).toBe(4_000);
  expect(s.self.get('tag tag.ts:6')).toBe(3_000);
});

it("splits a function's time among its direct callees, from its outermost calls only", () => {
  const s = summarize(profile, 'read');
  expect(Object.fromEntries(s.under)).toEqual({ '(self)': 2_000, 'read read.ts:2': 6_000, 'tag tag.ts:6': 3_000 });
  expect(summarize(profile, 'missing').under.size).toBe(0);
});
