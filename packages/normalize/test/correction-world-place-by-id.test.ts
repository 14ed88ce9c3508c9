/**
 * A correction may name a place of the world pack by its id ("gn:2457163"): a fact's place changed to it, or an alias
 * added to it. The world pack is read lazily (rows come in as lookups return them), so finding the row must not depend
 * on which lookups a run happened to make: a cached article makes none, and the re-run would then differ from a clean
 * run (the correction would fail as "no place"). Places by id come from `placeById`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctGazetteer, loadGazetteer, readCorrections } from '../src/index.ts';
import { placesOf } from '../src/corrections/fields.ts';
import { lookup } from '../src/places/match.ts';

const GAO = 'gn:2457163'; // Gao, Mali: no region pack covers Mali
const MOPTI = 'gn:2453348';
const SYRIAN_WORLD_ROW = 'gn:2960'; // a village in Syria, which the OCHA pack covers

function placeCorrections(rows: string[][]) {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-world-corrections-'));
  const lines = [['id', 'alias', 'place_id', 'who', 'when', 'why'], ...rows.map((r) => [...r, 'A. Analyst', '2026-12-04', 'local spelling'])];
  writeFileSync(join(dir, 'places.csv'), `${lines.map((l) => l.join(',')).join('\n')}\n`);
  return readCorrections(dir);
}

describe('a correction names a world place by id', () => {
  it('a changed place finds a world row that no lookup has brought in', () => {
    const gz = loadGazetteer();
    expect(gz.byId.has(GAO)).toBe(false); // the premise: nothing has looked Gao up
    expect(placesOf(GAO, gz)).toMatchObject({ place_ids: [GAO], admin1: ['Gao'] });
  });

  it('gives the same answer whether or not the name was looked up first', () => {
    const fresh = placesOf(MOPTI, loadGazetteer());
    const warmed = loadGazetteer();
    lookup('Mopti', warmed);
    expect(placesOf(MOPTI, warmed)).toEqual(fresh);
  });

  it("refuses a world row of a country a region pack covers: the pack's own id names that place", () => {
    expect(placesOf(SYRIAN_WORLD_ROW, loadGazetteer())).toMatch(/^no place gn:2960 /);
  });

  it('an alias to a world place resolves, and the place keeps one candidate under its own name', () => {
    const { gazetteer, outcomes } = correctGazetteer(loadGazetteer(), placeCorrections([['c-gao', 'Gawgaw', GAO]]).places);
    expect(outcomes.map((o) => [o.place_id, o.problem])).toEqual([[GAO, '']]);
    expect(lookup('Gawgaw', gazetteer).map((c) => c.row.id)).toEqual([GAO]);
    expect(lookup('Gao', gazetteer).filter((c) => c.row.id === GAO)).toHaveLength(1);
  });

  it('an unknown id is still a problem, with its reason', () => {
    const { outcomes } = correctGazetteer(loadGazetteer(), placeCorrections([['c-none', 'Nowhere', 'gn:999999999']]).places);
    expect(outcomes[0]).toMatchObject({ place_id: '', problem: 'no place gn:999999999 in the region packs or the corrections' });
  });
});
