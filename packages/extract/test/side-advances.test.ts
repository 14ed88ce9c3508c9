/**
 * The noun of an advance after a side's adjective or name (issue 9, fresh assessments): "confirmed Russian advances
 * near X" is Russia's advance, even when the story's last side is the other one. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const advances = (s: string) => extract(s).filter((f) => f.kind === 'territory' && f.category === 'advanced').map((f) => brief(f).actor);

describe('a side named before "advances"', () => {
  it.each([
    ['assessment, Ukraine', 'Ukrainian forces held their lines in Kupiansk. The withdrawal followed confirmed Russian advances near Robotyne on 3 May.', /Russian/],
    ['outlet, Gaza', 'Hamas fighters fired rockets at Sderot. Residents reported Israeli advances into the centre of Rafah on Tuesday.', /Israeli/],
    ['assessment, Sudan', 'Sudanese army officers described RSF advances towards El Obeid on Monday.', /RSF/],
  ])('%s', (_genre, s, actor) => {
    expect(advances(s)).toEqual([expect.stringMatching(actor)]);
  });
});

it('a capitalised word that names no side gives no side (Yemen)', () => {
  const got = extract('Further advances near Marib were reported on Sunday.').filter((f) => f.kind === 'territory').map((f) => brief(f).actor);
  expect(got.join('')).not.toMatch(/Further/);
});
