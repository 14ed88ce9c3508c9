/**
 * "the provincial capital", "the state capital", "the governorate's capital", "the capital of X province": an admin1
 * area's seat named without its name. The city is the seat the packs give for the area the sentence names, else the
 * area its paragraph named last, else the lead's one area; a name after the phrase is the name finder's.
 */
import { describe, expect, it } from 'vitest';
import { foldName } from '@frontline/schema';
import { findPlaces } from '../src/places.ts';
import { extract } from './helpers.ts';

/** The seats a sentence names by phrase (folded: GeoNames writes "Lashkar Gāh"), with the area each is the seat of. */
const seats = (s: string) => findPlaces(s).filter((p) => /capital/i.test(s.slice(p.start, p.end))).map((p) => [foldName(p.text), foldName(p.admin_hint)]);
const factPlaces = (text: string) => extract(text).map((f) => f.place_mentions.map((p) => foldName(p.text)));

describe('the seat of the area the sentence names', () => {
  it('"the provincial / state / regional capital" with the area named in the sentence (Afghanistan, Nigeria, Ukraine)', () => {
    expect(seats('Insurgents overran checkpoints around the provincial capital on Monday, officials in Helmand said.')).toEqual([
      [foldName('Lashkar Gah'), 'helmand'],
    ]);
    expect(seats('Gunmen raided a market in the state capital, killing 20 people across Borno, police said.')).toEqual([['maiduguri', 'borno']]);
    expect(seats('Missiles struck the regional capital overnight, the governor of the Kharkiv region said.')).toEqual([['kharkiv', 'kharkiv']]);
  });

  it("\"the governorate's capital\" in a region pack's governorate (Syria)", () => {
    expect(seats("Barrel bombs fell on the governorate's capital, residents of Deir ez-Zor said.")).toEqual([[foldName('Deir ez-Zor'), foldName('Deir ez-Zor')]]);
  });

  it('"the (provincial) capital of X (province)" names X\'s seat (Iraq, Afghanistan)', () => {
    expect(seats('Troops pushed into the provincial capital of Nineveh at dawn.')).toEqual([['mosul', 'nineveh']]);
    expect(seats('A car bomb killed 14 people in the capital of Anbar province.').map((x) => x[0])).toEqual(['ramadi']);
  });

  it('a name after the phrase, two areas, no area or an apposition give no seat (Nigeria, Syria, DRC)', () => {
    const none = [
      'Soldiers patrolled the state capital Maiduguri on Friday.', // the name finder's
      'Clashes in Homs and Hama killed 30 fighters near the provincial capital.', // which one?
      'Fighters entered the provincial capital on Monday.', // no area at all
      'Rebels shelled Bukavu, the provincial capital of South Kivu, on Sunday.', // Bukavu is the place
    ];
    expect(none.flatMap(seats)).toEqual([]);
  });
});

describe('the seat of the area the paragraph or the lead named', () => {
  it('the paragraph named the province a sentence before (Iraq, Nigeria)', () => {
    const places = factPlaces('Fighting spread across Salah al-Din province last week. An air strike on the provincial capital killed 11 civilians on Saturday.');
    expect(places).toContainEqual([foldName('Tikrit')]);
    const later = factPlaces('Troops advanced in Zamfara state on Monday. Later, gunmen attacked the state capital, killing nine people.');
    expect(later).toContainEqual(['gusau']);
  });

  it('no area named before: no seat (Yemen)', () => {
    const places = factPlaces('An air strike on the provincial capital killed 11 civilians on Saturday.');
    expect(places.flat()).toEqual([]);
  });
});

describe('a capture of the provincial capital takes the seat (Afghanistan, Nigeria)', () => {
  it('the province named the sentence before, or in the same sentence', () => {
    const taken = (text: string) => extract(text).filter((f) => f.kind === 'territory').map((f) => f.place_mentions.map((p) => foldName(p.text)));
    expect(taken('Heavy fighting raged across Helmand province for weeks. On Friday the Taliban captured the provincial capital.')).toEqual([
      [foldName('Lashkar Gah')],
    ]);
    expect(taken('Jihadists overran the state capital after a week of clashes in Borno.')).toEqual([['maiduguri']]);
  });
});
