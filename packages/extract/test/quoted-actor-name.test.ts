/**
 * A monitor that quotes a party's name ('executed by the "Islamic State" organization', 'killed by the “Islamic
 * State” group') still names the perpetrator: the quotation mark between "by the" and the name does not hide it.
 * Sentences written for the rule, in several wars; none comes from the corpus or the fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a quoted name after "by"', () => {
  it.each([
    ['monitor, Syria (straight quotes)', '- 12 civilians were executed by the "Islamic State" organization in Deir ez-Zor.'],
    ['monitor, Iraq (curly quotes)', 'Nine villagers were killed by the “Islamic State” group near Tal Afar.'],
  ])('%s', (_genre, text) => {
    const actor = extract(text)[0]!.actor_text;
    expect(actor).toMatch(/Islamic State/);
    expect(actor).not.toMatch(/["“”]/);
  });

  it('monitor, Somalia: an unquoted name is read as before', () => {
    expect(extract('Seven civilians were killed by al-Shabaab fighters in Afgooye.')[0]!.actor_text).toMatch(/al-Shabaab/);
  });
});
