/**
 * "The reported bomb blast killed two" (issue 9): after a determiner, "reported" describes the noun that follows; it is
 * no verb of saying, and the determiner alone is no reporter. The source is the one the sentence names at its end.
 * Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reportersOf = (s: string) => extract(s).map((f) => f.reporter_texts);

describe('a participle after a determiner is no saying verb', () => {
  it.each([
    ['wire, Iraq', 'The reported car bomb killed four soldiers near Mosul on Friday, police said.', [['police']]],
    ['situation report, South Sudan', 'The reported clashes displaced 3,000 people from Malakal on 4 March, local authorities said.', [['local authorities']]],
    ['outlet, Somalia', 'Their reported ambush killed six civilians near Baidoa on Sunday, residents told the paper.', [['residents']]],
  ])('%s', (_genre, s, want) => {
    expect(reportersOf(s)).toEqual(want);
  });
  it('a subject before "reported" still reports (Ukraine, monitor)', () => {
    expect(reportersOf('The ministry reported 40 dead in Kharkiv on Monday.')).toEqual([['ministry']]);
  });
});
