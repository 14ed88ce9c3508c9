/**
 * Place lines under a lead that names what moved (list-leads.ts `movedLead`, `placedItem`): one displacement fact per
 * line, the place from the line's name, persons where both persons and households are given. Lines written for the
 * rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value, f.unit, f.places]);

describe('place lines under a lead that names displacement', () => {
  it('situation report, South Sudan: colon, dash and bracket lines; a sum is no place', () => {
    const found = facts('Displacement after the clashes in Upper Nile:\nMalakal: 430 households (2,150 people)\nKodok – 1,200 people\nRenk (3,400 people)\nTotal: 6,750\n');
    expect(found).toEqual([
      ['displaced', 2150, 'persons', ['Malakal']],
      ['displaced', 1200, 'persons', ['Kodok']],
      ['displaced', 3400, 'persons', ['Renk']],
    ]);
  });

  it('monitor, DRC: bulleted lines; households kept as households when no persons are given', () => {
    const found = facts('Newly displaced people:\n- Goma: 12,000\n- Sake (4,500 people)\n- Nyiragongo: 800 families\n');
    expect(found).toEqual([
      ['displaced', 12000, 'persons', ['Goma']],
      ['displaced', 4500, 'persons', ['Sake']],
      ['displaced', 800, 'families', ['Nyiragongo']],
    ]);
  });

  it('lines naming people or a source are no places (outlet, Myanmar)', () => {
    expect(facts('Newly displaced people:\n- Women: 300\n- Children: 450\n- UN estimate: 900\n')).toEqual([]);
  });

  it('a lead that names no displacement lists nothing (assessment, Sahel)', () => {
    expect(facts('Markets visited this month:\nGao: 12\nMenaka: 7\n')).toEqual([]);
  });
});
