/**
 * "(separatist claim)": an infobox's note names the claimant by a body noun in lower case, as "(rebel claim)" does;
 * "separatists" is such a body (reporting.csv), so the note credits the separatists, and so does a sentence they
 * speak in. Sentences written for the rule, in several wars; none comes from the corpus or the fresh texts read for it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reportersOf = (text: string) => extract(`Battle of Testville\n\n${text}`).map((f) => f.reporter_texts);

describe('a separatist claim note credits the separatists', () => {
  it.each([
    ['infobox, Ukraine', 'Casualties and losses\n64 killed (separatist claim)', [['separatists']]],
    ['infobox, Georgia', 'Casualties and losses\n120 soldiers killed (separatist claim)\n40 killed (Georgian claim)', [['separatists'], ['Georgian government']]],
    ['infobox, Cameroon', 'Casualties and losses\n15 civilians killed (separatist claims)', [['separatists']]],
  ])('%s', (_genre, text, expected) => expect(reportersOf(text)).toEqual(expected));

  it('wire, Cameroon: the separatists who speak report the toll', () => {
    expect(reportersOf('Separatists said 12 soldiers were killed near Bamenda.')).toEqual([['Separatists']]);
  });
});
