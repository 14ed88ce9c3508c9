/**
 * The place a dateline opens with: where the story was filed from, which normalize counts toward the article's
 * country. Datelines written for this file, in several wars and agencies' styles.
 */
import { describe, expect, it } from 'vitest';
import { datelinePlace } from '../src/dateline.ts';

describe('the place of a dateline', () => {
  it.each([
    ['AP, Mali', 'Militants kill 12 soldiers\n\nBAMAKO, Mali (AP) — Militants killed 12 soldiers near Menaka, the army said.', 'Bamako'],
    ['Reuters, Sudan', 'KHARTOUM, March 9 (Reuters) - Shelling killed 14 people in Omdurman, medics said.', 'Khartoum'],
    ['outlet, Syria', 'DEIR EZ-ZOR, 9 March 2022 (North Press) - Two fighters were killed near Hajin.', 'Deir Ez-Zor'],
    ['state agency, Syria', 'Damascus, Feb 7, SANA- Army units restored security to 12 villages.', 'Damascus'],
    ['outlet, Ukraine', 'Kharkiv, 4 May 2022 — Russian shelling killed three civilians overnight.', 'Kharkiv'],
    ['outlet, day first, Sudan', 'June 14, 2024 (EL OBEID) - Drones struck the city airport at dawn.', 'El Obeid'],
    ['outlet, day first, Somalia', '2 May 2022 (Beledweyne) – Militants attacked a base outside the town.', 'Beledweyne'],
    ['outlet, place alone, Ethiopia', 'Drone strike kills four\n\nAddis Abeba – A drone strike killed four people in Wollo.', 'Addis Abeba'],
    ['outlet, place alone, Somalia', 'MOGADISHU — Militants attacked a base in Lower Shabelle on Monday.', 'Mogadishu'],
    ['outlet, two places, Somalia', 'BAIDOA/DINSOOR, Somalia Jul 3, 2019 (Garowe Online)-Militants shelled a base in Bay.', 'Baidoa'],
  ])('%s', (_style, text, expected) => expect(datelinePlace(text)).toBe(expected));

  it.each([
    ['a date line names no place', '12 March 2019\n\nFour people were killed in Taiz.'],
    ['a source opening a paragraph is no dateline', 'Syrian Observatory (SOHR) - At least 9 people were killed in Idlib.'],
    ['a story line with a dash is no dateline', 'In Goma, fighting went on - and 20 people fled.'],
    ['a dash before a lower-case word is no dateline', 'Kherson - where the shelling never stops - lies quiet.'],
  ])('%s', (_case, text) => expect(datelinePlace(text)).toBe(''));
});
