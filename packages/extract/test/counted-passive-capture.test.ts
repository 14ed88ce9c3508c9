/**
 * A count of places as the subject of a passive capture: "Two more villages were recaptured by Ukrainian forces on 24
 * October" (frames.csv: seize, take, retake, recapture and liberate in the passive, as capture was), its taker read
 * after "by" whatever place or time follows (figures.ts, `capturedBy`). Met in a fresh encyclopedic page (the
 * Svatove–Kreminna line 2022), where the count was missed. Sentences written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const counted = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory' && f.unit === 'places').map((f) => [f.quantity?.value, f.actor_text]);

describe('a counted passive capture and its taker', () => {
  it.each([
    ['encyclopedic, Ukraine', 'Two more villages were recaptured by Ukrainian forces on 24 October.', 2, 'Ukrainian forces'],
    ['wire, Syria', 'Five villages were retaken by government forces south of Idlib, state media said.', 5, 'government forces'],
    ['outlet, Sudan', 'Three more towns were taken by the RSF in El Gezira on Monday.', 3, 'the RSF'],
    ['assessment, Afghanistan', 'Two districts were seized by the Taliban overnight.', 2, 'the Taliban'],
    ['encyclopedic, Iraq', 'Another 14 villages were liberated by Iraqi forces south of Mosul.', 14, 'Iraqi forces'],
  ])('%s', (_case, text, n, side) => {
    expect(counted(text)).toEqual([[n, side]]);
  });

  it('an active capture keeps its subject', () => {
    expect(counted('The militia seized four more villages on Sunday.')).toEqual([[4, 'militia']]);
  });
});
