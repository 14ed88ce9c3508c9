/**
 * "As reported earlier, ...", "As previously reported, ...": an outlet recalling its own earlier story. The
 * conjunction "as" opens a clause with no subject; it is no source. "As SANA reported, ..." names its source after
 * "as". Sentences written for the rule, in several outlets' styles and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reportersOf = (text: string) => extract(text).map((f) => f.reporter_texts);

describe('"as reported" names nobody', () => {
  it.each([
    'As reported earlier, on March 3 in the Zaporizhzhia region, two people were killed and five others were injured as a result of Russian shelling.',
    'As previously reported, three soldiers were killed near Marib on Sunday.',
    'As reported, gunmen killed five villagers in Zamfara on Friday.',
    'As was reported earlier, an airstrike killed seven civilians in Sagaing Region.',
  ])('%s', (text) => {
    const reporters = reportersOf(text);
    expect(reporters.length).toBeGreaterThan(0);
    for (const r of reporters) expect(r.map((t) => t.toLowerCase())).not.toContain('as');
  });

  it.each([
    ['As SANA reported on Monday, two civilians were killed in shelling on Aleppo.', 'SANA'],
    ['As Radio Dabanga reported last week, 14 people were killed in an attack on Tawila.', 'Radio Dabanga'],
  ])('the source after "as" is kept: %s', (text, source) => {
    for (const r of reportersOf(text)) expect(r).toEqual([source]);
  });
});
