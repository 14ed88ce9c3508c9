import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/places/gazetteer.ts';
import { resolveArticlePlaces } from '../src/places/index.ts';
import { fact, mention } from './factory.ts';

const gz = loadGazetteer();
const resolved = (text: string, feature_hint = '') =>
  resolveArticlePlaces([fact({ place_mentions: [mention(text, { feature_hint })] })], gz, { country: 'SY' })[0]![0]!.place;

describe("a governorate named by admin1.csv's other names", () => {
  it('"Damascus Countryside" (as extract keeps it whole) is Rural Damascus, not Damascus', () => {
    expect(resolved('Damascus Countryside')).toMatchObject({ admin1: 'Rural Damascus', precision: 'governorate' });
    expect(resolved('Damascus countryside')).toMatchObject({ admin1: 'Rural Damascus', precision: 'governorate' });
  });

  it('"Damascus" as an area ("the Damascus area") stays Damascus', () => {
    expect(resolved('Damascus', 'area')?.admin1).toBe('Damascus');
  });
});
