import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const placesOf = (text: string) => extract(text).map((f) => brief(f).places);

describe("\"the country's\" before a place's noun reads as an article", () => {
  it('"in the country\'s capital of X" places the fact in X (Sudan, outlet)', () => {
    expect(placesOf("Artillery fire struck a market in the country's capital of Khartoum, killing 14 people on Monday.")).toEqual([['Khartoum']]);
  });

  it('"the country’s northeastern state of X" with a curly apostrophe (Nigeria, wire)', () => {
    expect(placesOf('Militants killed 11 soldiers in the country’s northeastern state of Borno on Sunday, the army said.')).toEqual([['Borno']]);
  });

  it('"in the country\'s western region of X" (Ethiopia, situation report)', () => {
    expect(placesOf("Clashes displaced 4,500 people in the country's western region of Benishangul-Gumuz last week, OCHA said.")[0]).toContain('Benishangul-Gumuz');
  });

  it('names no place where no name follows', () => {
    expect(placesOf("Fighting displaced 3,000 families in the country's east, OCHA said.")).toEqual([[]]);
  });
});
