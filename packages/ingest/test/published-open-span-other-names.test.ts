/**
 * Encyclopedic pages met in fresh copies (a capital's battle still running, an urban siege): a title naming a span
 * still open, "(2023–present)", and a lead that names the campaign's other names after its subject, with the copy's
 * reference marks kept ("The siege of X (Lang: ...),[3][4] also known as the X crisis and the Battle of X, was a
 * ..."). Both are encyclopedic pages, with no publication date. Pages written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

const ingest = (text: string) => ingestFiles([file('p.txt', text)]).articles[0]!;

describe('a title naming a span still running', () => {
  it.each([
    ['Ukraine', 'Battle of Pokrovsk (2024–present)\n\nRussian forces reached the outskirts of Pokrovsk on 12 August 2024. On 3 January, they cut the road to Dnipro.'],
    ['Sudan', 'Siege of Kadugli (June 2023–present)\n\nFighters of the SPLM-N surrounded Kadugli on 21 June 2023. On 2 March, shelling killed nine people in the market.'],
  ])('%s', (_war, text) => {
    const a = ingest(text);
    expect(a.published).toBe('');
    expect(a.published_evidence).toMatch(/^an encyclopedic page \(its title names the span of its events/);
  });

  it('a bracket with "present" but no year is no campaign\'s span: the report keeps its date', () => {
    expect(ingest('Attacks on health care (January–present)\n\nGunmen attacked a clinic in Kadugli on 2 March 2024, killing nine.').published).not.toBe('');
  });
});

describe("a lead naming the campaign's other names, with reference marks", () => {
  it.each([
    ['Myanmar', 'Battle of Loikaw\n\nThe Battle of Loikaw (Burmese: လွိုင်ကော်တိုက်ပွဲ),[3][4] also known as the Loikaw offensive (Operation 1111)[5] and the siege of the Kayah State capital, was a military engagement in Loikaw. On 11 November 2023, resistance forces took the university.'],
    ['Iraq', 'Battle of Hit\n\nThe Battle of Hit (Arabic: معركة هيت),[12] also known as the Hit offensive and Operation Desert Lion in the statements of the Iraqi army, was a military operation in Anbar. On 14 April 2016, troops entered the town.'],
    ['Ethiopia', 'Siege of Adigrat\n\nThe siege of Adigrat (Tigrinya: ከበባ ዓዲግራት),[7][8] otherwise known as the Adigrat blockade and the encirclement of eastern Tigray, was a siege in the Tigray War. On 20 November 2020, federal troops entered the town.'],
  ])('%s', (_war, text) => {
    const a = ingest(text);
    expect(a.published).toBe('');
    expect(a.published_evidence).toMatch(/^an encyclopedic page \(its lead defines the title's subject/);
  });

  it('a report whose lead names a siege by its other name keeps its date', () => {
    expect(ingest("Siege of Baidoa\n\nThe siege of Baidoa, also known locally as the hunger siege, has killed 40 people this week, officials said on Tuesday, 4 March 2025.").published).not.toBe('');
  });
});
