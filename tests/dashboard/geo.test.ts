/**
 * The territory map's layers (apps/dashboard/src/lib/server/geo.ts) without a browser: labels count places, not
 * positions (the layers test each position once), places inside a pack's polygons do not label a country outline,
 * and the layers do not depend on the places' order. Real positions of real towns; the admin1 spellings are made up
 * to tell the counts apart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mapLayers, type MapPlace } from '../../apps/dashboard/src/lib/server/geo.ts';
import { ROOT } from '../cli.ts';

const at = (latitude: number, longitude: number, country: string, admin1: string, times = 1): MapPlace[] =>
  Array.from({ length: times }, () => ({ longitude, latitude, country, admin1 }));

// Idlib governorate (the Syria pack's polygons): Saraqab, Idlib city, Maarat al-Numan.
const saraqab = (admin1: string, times = 1) => at(35.861105, 36.80611, 'SY', admin1, times);
const idlibCity = (admin1: string) => at(35.93062, 36.63393, 'SY', admin1);
const maarat = (admin1: string) => at(35.64332, 36.67436, 'SY', admin1);

/** The labels of the pack polygons that have one (only Idlib's holds places here). */
const admin1Labels = (places: MapPlace[]) => mapLayers(places).areas.filter((a) => a.layer === 'admin1' && a.label).map((a) => a.label);

beforeAll(() => {
  process.env.FRONTLINE_REPO_ROOT = ROOT;
});

describe('map layers', () => {
  it('labels a polygon with the admin1 name most places carry, counting places that share a position', () => {
    // Three places at one town against two at two towns: by places the first spelling wins, by positions the second.
    expect(admin1Labels([...saraqab('Idlib (3)', 3), ...idlibCity('Idleb (2)'), ...maarat('Idleb (2)')])).toEqual(['Idlib (3)']);
    expect(admin1Labels([...saraqab('Idlib (1)'), ...idlibCity('Idleb (2)'), ...maarat('Idleb (2)')])).toEqual(['Idleb (2)']);
  });

  it('labels a country outline only with places outside every pack polygon', () => {
    // Avdiivka and Kupiansk (Ukraine, no pack polygons) beside Saraqab (inside the Syria pack's polygons).
    const places = [...at(48.13989, 37.74255, 'UA', 'Donetsk', 2), ...at(49.71055, 37.61517, 'UA', 'Kharkiv'), ...saraqab('Idlib')];
    const countries = mapLayers(places).areas.filter((a) => a.layer === 'country');
    expect(countries.find((a) => a.feature.properties?.name === 'Ukraine')?.label).toBe('Ukraine');
    expect(countries.find((a) => a.feature.properties?.name === 'Syria')?.label).toBe('');
  });

  it('gives places far apart fine outlines near each and coarse ones between, whatever their order', () => {
    // Goma (DR Congo) and Avdiivka (Ukraine): a span over 30 degrees.
    const places = [...at(-1.67409, 29.22845, 'CD', 'North Kivu', 3), ...at(48.13989, 37.74255, 'UA', 'Donetsk'), ...saraqab('Idlib', 2)];
    const layers = mapLayers(places);
    const scale = (name: string) => layers.areas.find((a) => a.feature.properties?.name === name)?.feature.properties?.scale;
    expect(scale('Ukraine')).toBe('50m');
    expect(scale('Dem. Rep. Congo')).toBe('50m');
    expect(layers.areas.some((a) => a.feature.properties?.scale === '110m')).toBe(true);
    expect(JSON.stringify(mapLayers(places.toReversed()))).toBe(JSON.stringify(layers));
  });
});
