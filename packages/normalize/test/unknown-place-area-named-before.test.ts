/**
 * A place the packs lack, put in an admin1 where the article first names it ("a village in Walikale territory, North
 * Kivu province"), lies in that admin1 when a later paragraph names it again without it ("the administrator of
 * Walikale territory said..."), not in the admin1 of the report's lead (issue 9: the incident's place, not the
 * headline's). Every text is written for this file, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

/** The admin1 and its basis of the one fact of that category and count. */
function areaOf(text: string, category: string, value: number): { admin1: string[]; basis: string } {
  const f = facts(text).filter((x) => x.category === category && x.count_best === value);
  expect(f.map((x) => x.quote)).toHaveLength(1);
  return { admin1: f[0]!.admin1, basis: f[0]!.admin1_basis };
}

describe('an unknown place named again without its admin1', () => {
  it('wire, DR Congo: a territory put in its province two paragraphs up', () => {
    const text = on('2024-06-10', [
      'Militiamen killed 14 civilians in Ituri province on Sunday, local officials said.',
      'In a separate attack, gunmen raided a village in Walikale territory, North Kivu province, on Saturday night.',
      'The administrator of Walikale territory said 6 people were killed in the raid.',
    ].join('\n\n'));
    expect(areaOf(text, 'killed', 6)).toEqual({ admin1: ['North Kivu'], basis: 'stated' });
  });

  it('sitrep, Mali: a commune put in its region before the figure', () => {
    const text = on('2022-03-08', [
      'Clashes near Gao displaced 1,800 people last week, according to the protection cluster.',
      'On 5 March, armed men attacked villages of Dinangourou commune in Mopti region.',
      'Authorities in Dinangourou commune reported that 2,400 people fled the attacks.',
    ].join('\n\n'));
    expect(areaOf(text, 'displaced', 2400).admin1).toEqual(['Mopti']);
  });

  it('outlet, Myanmar: a township put in its region before the figure', () => {
    const text = on('2023-09-14', [
      'Junta air strikes killed 11 villagers in Sagaing Region on Wednesday, residents said.',
      'Troops also shelled villages in Myaing township in Magway Region on Thursday.',
      'A resistance official in Myaing township said 3 civilians were killed there.',
    ].join('\n\n'));
    expect(areaOf(text, 'killed', 3).admin1).toEqual(['Magway']);
  });

  it('a bare name the article never put anywhere takes nothing from another name', () => {
    const text = on('2024-06-10', [
      'Militiamen killed 14 civilians in Ituri province on Sunday, local officials said.',
      'In a separate attack, gunmen raided a village in Walikale territory, North Kivu province, on Saturday night.',
      'The administrator of Mambasa territory said 5 people were killed in another raid.',
    ].join('\n\n'));
    expect(areaOf(text, 'killed', 5).admin1).not.toEqual(['North Kivu']);
  });
});
