/**
 * Kashmir by the names the press gives its two administered parts (packs/world/admin1-names.csv): GeoNames names
 * India's union territory "Jammu and Kashmir" and Pakistan's area "Azad Kashmir", and keys neither by "Kashmir" or
 * "Indian-administered Kashmir". A bare "Kashmir" is the area of the article's country. Texts written for this test:
 * an outlet's report of a militant attack (2019) and a wire copy of cross-border shelling (2025).
 */
import { describe, expect, it } from 'vitest';
import { admin1Of, facts, on } from './dated-text.ts';

const OUTLET_IN = on('2019-02-16', [
  'Convoy attack kills soldiers',
  '',
  'A suicide bomber rammed a car into a paramilitary convoy in Indian-administered Kashmir on Thursday, killing 40 soldiers, police said.',
  '',
  'Security forces in Kashmir said 3 militants were killed in a gunfight on Saturday.',
  '',
  'Officials in New Delhi and Srinagar said the highway would reopen next week.',
].join('\n'));

const WIRE_PK = on('2025-05-09', [
  'Shelling across frontier kills civilians',
  '',
  'May 9 (Reuters) - Indian shelling killed 7 civilians in Pakistan-administered Kashmir overnight, the Pakistani military said.',
  '',
  'Officials in Kashmir said 12 people were wounded in the shelling of villages.',
  '',
  'Schools in Lahore and Muzaffarabad were closed on Friday, officials said.',
].join('\n'));

describe('Kashmir by the names of its administered parts', () => {
  it('outlet, India: "Indian-administered Kashmir" and a bare "Kashmir" are Jammu and Kashmir', () => {
    const all = facts(OUTLET_IN);
    expect(admin1Of(all, 40)).toEqual(['Jammu and Kashmir']);
    expect(admin1Of(all, 3)).toEqual(['Jammu and Kashmir']);
  });

  it('wire, Pakistan: "Pakistan-administered Kashmir" and a bare "Kashmir" are Azad Kashmir', () => {
    const all = facts(WIRE_PK);
    expect(admin1Of(all, 7)).toEqual(['Azad Kashmir']);
    expect(admin1Of(all, 12)).toEqual(['Azad Kashmir']);
  });
});
