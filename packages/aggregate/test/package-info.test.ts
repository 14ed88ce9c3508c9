import { describe, expect, it } from 'vitest';
import { packageInfo } from '../src/package-info.ts';

const syria = {
  id: 'syria',
  attribution: 'Populated places: OCHA.',
  source_url: 'https://data.humdata.org/x',
  licenses: [{ name: 'CC-BY-3.0-IGO', path: 'https://creativecommons.org/licenses/by/3.0/igo/', title: 'OCHA places' }, { name: 'CC-BY-4.0', title: 'GeoNames cities' }],
  disclaimer: 'No endorsement implied.',
};
const world = { id: 'world', attribution: 'GeoNames.', licenses: [{ name: 'CC-BY-4.0', title: 'GeoNames places' }] };

describe('datapackage licences and sources follow the packs a run used', () => {
  it('a run with no resolved place owes no gazetteer licence', () => {
    const info = packageInfo(3);
    expect(info.licenses).toEqual([]);
    expect(info.sources).toHaveLength(1);
    expect(info.extra?.['x-disclaimer']).toBeUndefined();
  });

  it('a run on another country credits the world pack only', () => {
    const info = packageInfo(3, [world]);
    expect(info.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(info.sources.map((s) => s.title)).toEqual([expect.stringContaining('Input news articles'), 'GeoNames.']);
    expect(JSON.stringify(info)).not.toContain('OCHA');
  });

  it('packs are listed in id order, each licence once, with the disclaimer a pack asks for', () => {
    const info = packageInfo(3, [world, syria]);
    expect(info.licenses.map((l) => l.name)).toEqual(['CC-BY-3.0-IGO', 'CC-BY-4.0']);
    expect(info.licenses[1]!.title).toBe('GeoNames cities; GeoNames places');
    expect(info.sources.slice(1)).toEqual([{ title: 'Populated places: OCHA.', path: 'https://data.humdata.org/x' }, { title: 'GeoNames.' }]);
    expect(info.extra?.['x-disclaimer']).toBe('No endorsement implied.');
  });
});
