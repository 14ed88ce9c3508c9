/**
 * A place measured from a far landmark ("Nyala, nearly 1,000 km southwest of Khartoum") is where the figure is; the
 * landmark is not. A landmark within 100 km stays, marked near: it tells the area of a place the packs may lack. A side standing a distance from a place ("rebel forces were about 150 km from Addis Ababa") is an
 * advance on that place, which stays. Sentences written for this file, several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/index.ts';
import { measuredFrom } from '../src/landmark.ts';
import { extract } from './helpers.ts';

const names = (s: string) => findPlaces(s).map((p) => p.text);
const factPlaces = (s: string, category: string) =>
  extract(s).filter((f) => f.category === category).map((f) => f.place_mentions.map((p) => p.text));

describe('a landmark a place is measured from is no place of the sentence', () => {
  it('wire (Sudan): "X, nearly N km southwest of Y" keeps X alone', () => {
    expect(names('The fighting reached Nyala, nearly 1,000 km southwest of Khartoum, where 40 people were killed.')).toEqual(['Nyala']);
    expect(factPlaces('The fighting reached Nyala, nearly 1,000 km southwest of Khartoum, where 40 people were killed.', 'killed')).toEqual([['Nyala']]);
  });

  it('sitrep (South Sudan): "in X, some N km north of the capital Y"', () => {
    expect(names('In Bentiu, some 600 km north of the capital Juba, 3,000 people arrived at the site.')).toEqual(['Bentiu']);
  });

  it('wire (Sudan): the distance given again in brackets in the other unit', () => {
    expect(factPlaces('Twelve people were killed in Geneina, about 1,200 kilometers (750 miles) west of Khartoum.', 'killed')).toEqual([['Geneina']]);
  });

  it('outlet (Myanmar): a township with its feature word, the distance in miles between dashes', () => {
    expect(names('Troops killed 18 people in Kani Township—90 miles west of Mandalay—on Sunday.')).toEqual(['Kani Township']);
  });

  it('encyclopedic (Ethiopia): "X, which lies some N km north of Y"', () => {
    expect(factPlaces('On 2 November Tigrayan forces captured Kombolcha, which lies some 380 kilometres north of Addis Ababa.', 'captured'))
      .toEqual([['Kombolcha']]);
  });

  it('encyclopedic (Yemen): "X, a town N km from Y" and "located" after a comma', () => {
    expect(names('The Houthis shelled Harib, a town about 170 km from Sanaa, killing four.')).toEqual(['Harib']);
    expect(names("Airstrikes hit Sahar, located 240 km north of the capital Sana'a, on Friday.")).toEqual(['Sahar']);
  });

  it('wire (Sudan, Ukraine): a landmark within 100 km stays, around the place measured from it', () => {
    const tawila = findPlaces('Twelve people were killed in Tawila, about 60 kilometers (35 miles) west of el-Fasher.');
    expect(tawila.map((p) => [p.text, p.near])).toEqual([['Tawila', false], ['el-Fasher', true]]);
    expect(names('Russian forces captured Krasnyi Yar, which lies around 10 kilometres southeast of Pokrovsk.')).toEqual(['Krasnyi Yar', 'Pokrovsk']);
  });

  it('the distance read in km, miles converted', () => {
    const s = 'Kani Township—90 miles west of Mandalay';
    expect(measuredFrom(s, { start: 0, end: 4 }, { start: s.indexOf('Mandalay'), end: s.length })).toBeCloseTo(144.8, 1);
  });

  it('monitor (Syria): a distance with no place before it still places the figure around the named one', () => {
    const found = findPlaces('Shelling killed five people 30 km north of Aleppo.');
    expect(found.map((p) => [p.text, p.near])).toEqual([['Aleppo', true]]);
  });

  it('a place joined by "and" after a distance is not measured from', () => {
    expect(measuredFrom('Nyala, 10 km from Kass and Zalingei', { start: 0, end: 5 }, { start: 27, end: 35 })).toBeNull();
  });
});

describe('a side standing a distance from a place is still an advance on it', () => {
  it('wire (Ethiopia): "forces, who were about N km from Y"', () => {
    expect(factPlaces('Tigrayan forces, who were about 150 km from Addis Ababa on Sunday, halted their advance.', 'advanced'))
      .toEqual([['Addis Ababa']]);
  });

  it('regional (Sudan): "units were now some N km from Y"', () => {
    expect(factPlaces('RSF units were now some 30 km from El Obeid, witnesses said.', 'advanced')).toEqual([['El Obeid']]);
  });

  it('thinktank (DRC): "rebels are N km north of Y" after a place elsewhere in the sentence', () => {
    expect(names('After taking Sake, M23 rebels were just 20 km west of Goma on Monday.')).toEqual(['Sake', 'Goma']);
  });
});
