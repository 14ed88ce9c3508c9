/**
 * Whose figures a text states when it names no source: the outlet its input states (a manifest's, an export's
 * column) when the registry knows it as an agency or a monitor; a news medium as the outlet only carries what the
 * text's own voice says ("witnesses told AFP"). A body mourning its own dead reports them ("The army mourned the
 * deaths of five soldiers"). Texts written for the rules, in several wars and genres; none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { article, extract } from './helpers.ts';

const stated = (outlet: string, text: string) => ({ ...article(text), outlet });

describe('the stated outlet as the publisher of unattributed figures', () => {
  it.each([
    ['a UN situation report, Mozambique', 'UN OCHA', 'Weekly Update\n\nAttacks on Macomia displaced 3,200 people between 2 and 8 June.'],
    ['a monitor\'s weekly, Sahel', 'ACLED', 'Sahel Weekly\n\nFatalities from political violence in Mopti reached 94 in the week.'],
    ['a monitor\'s fact sheet, Turkey', 'Human Rights Foundation of Turkey', 'Between June and August, 41 civilians lost their lives under curfews in Hakkari.'],
  ])('%s', (_genre, outlet, text) => expect(documentAuthor(stated(outlet, text))).toBe(outlet));

  it('a news medium as the outlet gives way to the agency whose voice the text keeps', () => {
    const text = 'Clashes near Marib\n\nFighting near Marib killed 23 fighters on Tuesday, two tribal sources told AFP.\n\nAn AFP correspondent saw dozens of families leaving the area.';
    expect(documentAuthor(stated('Rudaw', text))).not.toBe('Rudaw');
  });

  it('a news medium as the outlet, with no other voice, stays the outlet', () => {
    expect(documentAuthor(stated('Rudaw', 'Flooding hit Erbil\n\nRains flooded 300 homes in Erbil on Monday.'))).toBe('Rudaw');
  });
});

describe('a body mourning its own dead reports them', () => {
  it.each([
    ['wire, Ukraine', 'The army mourned the deaths of five soldiers killed in shelling near Kupiansk on Sunday.', 'army'],
    ['outlet, Kenya', 'The Kenya Defence Forces mourned the loss of three soldiers killed by a roadside bomb in Lamu on Friday.', 'Kenya Defence Forces'],
    ['sitrep, Mali', 'The police mourns the death of two officers ambushed near Douentza.', 'police'],
  ])('%s', (_genre, text, who) => {
    const reporters = extract(text).flatMap((f) => f.reporter_texts);
    expect(reporters.some((r) => r.includes(who))).toBe(true);
  });

  it('mourning that names no death is no saying ("mourned the fallen town")', () => {
    const reporters = extract('Residents mourned as rebels took 12 villages near Kidal.').flatMap((f) => f.reporter_texts);
    expect(reporters).not.toContain('Residents');
  });
});
