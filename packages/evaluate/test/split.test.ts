import { describe, expect, it } from 'vitest';
import { splitOf, type SourceRow } from '../src/sources.ts';

const row = (article: string, genre = 'wire') => ({ article, genre }) as SourceRow;

describe('splitOf', () => {
  it('orders by the leading number, so a text numbered past 99 never moves an earlier one across', () => {
    const before = splitOf(['05_a', '11_b', '20_c'].map((a) => row(a)));
    const after = splitOf(['05_a', '11_b', '20_c', '100_e'].map((a) => row(a)));
    for (const [article, part] of before) expect(after.get(article)).toBe(part);
    expect(after.get('100_e')).toBe('test');
  });

  it('splits each genre on its own: the 1st, 4th, 7th … are test', () => {
    const split = splitOf([row('01_x', 'monitor'), row('02_y', 'monitor'), row('03_z', 'wire'), row('04_w', 'monitor')]);
    expect([split.get('01_x'), split.get('02_y'), split.get('04_w'), split.get('03_z')]).toEqual(['test', 'dev', 'dev', 'test']);
  });
});
