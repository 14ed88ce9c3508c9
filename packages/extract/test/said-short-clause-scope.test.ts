/**
 * "X said" followed by a short clause with a finite verb of its own ("while the army said a soldier was killed,
 * raising the toll to 20") opens what X reports: the figures after it are X's, and a figure before it ("bringing its
 * toll to 13, while ...") stays with the source of its own clause (h-coll10, `sayScope` in attribution-scope.ts).
 * Sentences written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed' || f.category === 'injured').map((f) => [f.value, f.reporters.join('|')]);

describe('a short clause after "said" is what the speaker reports', () => {
  it.each([
    ['wire, Nagorno-Karabakh', 'Armenian officials reported nine new deaths on Tuesday, bringing their toll to 31, while the Azerbaijani ministry said a pilot was killed, raising its number of dead to 14.',
      [[9, 'Armenian officials'], [31, 'Armenian officials'], [14, 'Azerbaijani ministry']]],
    ['outlet, Sudan', 'The health ministry counted 210 deaths in El Obeid by Monday, while the rebels said their commander had died, taking the fighters\u2019 toll to 37.',
      [[210, 'health ministry'], [37, 'rebels']]],
  ])('%s', (_genre, text, expected) => {
    expect(reporters(text)).toEqual(expected);
  });

  it('a saying verb that closes its clause still covers the figures before it (wire, Ukraine)', () => {
    expect(reporters('Six people died in the shelling of Izium, the governor said on Monday.')).toEqual([[6, 'governor']]);
  });
});
