/**
 * The page data's packed rows (lib/packed.ts): every kind of field comes back as it went in, nested fields keep
 * their place among the keys, and each column is one string, not an array devalue would write entry by entry.
 */
import { describe, expect, it } from 'vitest';
import { pack, unpack, type Spec } from '../../apps/dashboard/src/lib/packed.ts';

const SPEC: Spec = {
  day: 'text',
  'prov.fact_id': 'text',
  'prov.phrase': 'text',
  places: 'texts',
  best: 'num',
  low: 'num',
  vague: 'flag',
  group: 'text',
};

// Rows of several wars, with the awkward values: null and fractional counts, empty and repeated lists, strings
// holding the separators the columns use (commas, dots), non-Latin scripts and the empty string.
const ROWS = [
  { day: '2023-04-15', prov: { fact_id: 'sd-khartoum:3:0', phrase: 'at least 56' }, places: ['Khartoum', 'Omdurman'], best: 56, low: 56, vague: false, group: 'civilians' },
  { day: '', prov: { fact_id: 'ye-hodeidah:1:0', phrase: 'dozens' }, places: [], best: 24, low: null, vague: true, group: 'people' },
  { day: '2022-03-16', prov: { fact_id: 'ua-mariupol:7:2', phrase: 'about 1,300, officials said.' }, places: ['Mariupol', 'Mariupol'], best: 1300, low: 0.5, vague: false, group: 'civilians' },
  { day: '2021-02-01', prov: { fact_id: 'mm-yangon:2:0', phrase: 'ရာနှင့်ချီ' }, places: ['Yangon', ''], best: null, low: null, vague: false, group: '' },
  { day: '2020-11-04', prov: { fact_id: 'et-mekelle:9:1', phrase: '1.5 million' }, places: ['Mekelle'], best: 1_500_000, low: 1e21, vague: true, group: 'displaced, internally' },
];

describe('packed rows', () => {
  it('gives back rows equal to those packed, keys in the spec order with the nested object where its first field is', () => {
    const back = unpack<(typeof ROWS)[number]>(pack(ROWS, SPEC), SPEC);
    expect(back).toEqual(ROWS);
    expect(JSON.stringify(back)).toBe(JSON.stringify(ROWS));
  });

  it('stores each column as one string and each distinct string once', () => {
    const packed = pack(ROWS, SPEC);
    for (const column of Object.values(packed.columns)) expect(typeof column).toBe('string');
    expect(packed.strings.filter((s) => s === 'Mariupol')).toHaveLength(1);
    expect(packed.strings.filter((s) => s === 'civilians')).toHaveLength(1);
    expect(packed.columns.vague).toBe('01001');
  });

  it('packs no rows and one row with empty cells', () => {
    expect(unpack(pack([], SPEC), SPEC)).toEqual([]);
    const empty = { day: '', prov: { fact_id: '', phrase: '' }, places: [], best: null, low: null, vague: false, group: '' };
    expect(unpack(pack([empty], SPEC), SPEC)).toEqual([empty]);
  });

  it('reads a field the rows lack as empty (null, false, the empty string, no items)', () => {
    const back = unpack<Record<string, unknown>>(pack([{ day: '2019-04-04' }], SPEC), SPEC);
    expect(back[0]).toEqual({ day: '2019-04-04', prov: { fact_id: '', phrase: '' }, places: [], best: null, low: null, vague: false, group: '' });
  });

  it('keeps more distinct strings than one base-36 digit holds', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ day: `2014-06-${String((i % 28) + 1).padStart(2, '0')}`, prov: { fact_id: `iq-mosul:${i}:0`, phrase: `${i}` }, places: [`place ${i % 97}`], best: i, low: i, vague: i % 3 === 0, group: 'fighters' }));
    expect(unpack(pack(many, SPEC), SPEC)).toEqual(many);
  });
});
