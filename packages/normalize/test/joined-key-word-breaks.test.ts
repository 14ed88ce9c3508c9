import { describe, expect, it } from 'vitest';
import { placeKeys, KEY_TIERS } from '../src/places/key.ts';

const JOINED = KEY_TIERS.indexOf('joined');
const joined = (name: string): string => placeKeys(name)[JOINED]!;

describe('joined-words key: a letter doubled across a word break is written once, a word\'s own double is kept', () => {
  it('two words run together still meet their one-word spelling (Kafranbel, Kafr Rumma)', () => {
    expect(joined('Kafranbel')).toBe(joined('Kafr Nabl'));
    expect(joined('Kafrumma')).toBe(joined('Kafr Rumma'));
    expect(joined('Maarshourin')).toBe(joined('Maar Shurin'));
  });

  it('the double a dropped vowel leaves inside a word is no break ("Bab Touma" is not "Betima")', () => {
    expect(joined('Bab Touma')).not.toBe(joined('Betima'));
    expect(joined('Bab Sharqi')).not.toBe(joined('Bsharqi'));
  });
});
