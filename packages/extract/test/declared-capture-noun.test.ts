/**
 * "The Arakan Army declared the seizure of X": a side that declares a capture tells of its own, as one that
 * announces or claims it does.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((b) => b.category === 'captured');

describe('a capture noun a side declared', () => {
  it('is that side\'s capture (outlet, Myanmar)', () => {
    const got = captures('The Arakan Army declared the seizure of Kyauktaw on 9 February, the group\'s spokesman said.');
    expect(got.map((b) => [b.places, b.actor])).toEqual([[['Kyauktaw'], 'Arakan Army']]);
  });

  it('is that side\'s capture (wire, Sudan)', () => {
    const got = captures('On Saturday the RSF declared the capture of Babanusa, Reuters reported.');
    expect(got.map((b) => [b.places, b.actor])).toEqual([[['Babanusa'], 'RSF']]);
  });
});
