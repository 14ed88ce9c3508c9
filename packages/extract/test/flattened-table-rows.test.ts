/**
 * A table flattened to text (issue 9, round sr3): a header line of a place kind and category columns, then rows of a
 * name and figures, cells parted by runs of spaces or pipes. Each figure takes its column's category and its row's
 * place; a total row gives nothing; a header whose columns name no category, or a row with a cell too many, gives
 * nothing. Tables written for the rule (IOM DTM, OCHA, monitors' tolls; Haiti, Syria, Sudan, Ukraine, Yemen); none
 * from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.places]);

describe('rows of a flattened table', () => {
  it('columns parted by runs of spaces, a flow and a stock (situation report, Syria)', () => {
    const text = 'Governorate    New IDPs    Total IDPs\nIdleb    12,345    2,100,000\nAleppo    4,200    880,000\n';
    expect(facts(text)).toEqual([
      ['displaced', 12345, ['Idleb']], ['idps_stock', 2100000, ['Idleb']],
      ['displaced', 4200, ['Aleppo']], ['idps_stock', 880000, ['Aleppo']],
    ]);
  });

  it('pipes, with and without outer pipes, and a total row (monitor, Sudan)', () => {
    const text = 'Location | Killed | Injured\nKhartoum | 12 | 40\n| Omdurman | 7 | 19 |\nTotal | 19 | 59\n';
    expect(facts(text)).toEqual([
      ['killed', 12, ['Khartoum']], ['injured', 40, ['Khartoum']], ['killed', 7, ['Omdurman']], ['injured', 19, ['Omdurman']],
    ]);
  });

  it('a dash is no figure, returnees take their own column (situation report, Ukraine)', () => {
    const text = 'Oblast    Arrivals    Returnees\nKharkiv    3,100    -\nSumy    1,250    400\n';
    expect(facts(text)).toEqual([['displaced', 3100, ['Kharkiv']], ['displaced', 1250, ['Sumy']], ['returned', 400, ['Sumy']]]);
  });

  it('columns that name no category give nothing (situation report, Yemen)', () => {
    expect(facts('District    Schools    Health facilities\nMaqbanah    12    3\nMawza    8    1\n')).toEqual([]);
  });

  it('a row with more cells than the header ends the table (monitor, Yemen)', () => {
    expect(facts('Governorate    Killed\nTaiz    21    40\n')).toEqual([]);
  });
});
