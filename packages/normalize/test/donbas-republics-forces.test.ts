/**
 * The forces of the two Russian-backed republics in Ukraine's Donbas, named by their acronyms as encyclopedic pages,
 * wire copy and outlets write them ("LPR forces", "DPR troops", "DNR forces"): the separatists' side, as
 * "Russian-backed separatists" already is (data/actors.csv, rows with their sources). Met in a fresh encyclopedic page
 * (Siversk 2022), where "Russian and LPR forces captured X" named no side. Phrases written for this file.
 */
import { describe, expect, it } from 'vitest';
import { resolveActor } from '../src/actors.ts';

describe('DPR and LPR forces are the separatists\' side', () => {
  it.each([
    ['encyclopedic, 2022', 'LPR forces'],
    ['wire, 2014', 'DPR troops'],
    ['outlet, 2015', 'DNR forces'],
    ['encyclopedic, 2017', 'DPR fighters'],
    ['wire, 2022', 'Luhansk People\'s Republic forces'],
  ])('%s: %s', (_case, text) => {
    expect(resolveActor(text, { country: 'UA' }).actor).toBe(resolveActor('Russian-backed separatists', { country: 'UA' }).actor);
    expect(resolveActor(text, { country: 'UA' }).actor).not.toBe('');
  });

  it('"the LPR" alone, a state\'s name, is no armed side', () => {
    expect(resolveActor('the LPR', { country: 'UA' }).actor).toBe('');
  });
});
