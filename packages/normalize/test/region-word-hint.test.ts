/**
 * "Sagaing region", "Niger State", "Tillaberi region": an admin1 whose bare name its seat or a country also bears is
 * keyed by its full name only; a hint the text named as a region finds it with its region word put back, in the
 * article's country. Names from several wars, none from a corpus text.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/places/gazetteer.ts';
import { governorateRowOfHint } from '../src/places/index.ts';

const gz = loadGazetteer();
const area = (hint: string, country: string) => governorateRowOfHint(hint, gz, country)?.admin1;

describe('an admin hint named like its seat', () => {
  const cases: [string, string, string][] = [
    ['Sagaing', 'MM', 'Sagaing Region'],
    ['Mandalay', 'MM', 'Mandalay Region'],
    ['Tillaberi', 'NE', 'Tillabéri Region'],
    ['Niger', 'NG', 'Niger State'],
  ];
  for (const [hint, country, admin1] of cases) {
    it(`"${hint} region" in ${country}: ${admin1}`, () => expect(area(hint, country)).toBe(admin1));
  }

  it('keeps hints already found and finds no area for a town', () => {
    expect(area('Kachin', 'MM')).toBe('Kachin State');
    expect(area('Donetsk', 'UA')).toBe('Donetsk');
    expect(area('Kanbalu', 'MM')).toBeUndefined();
  });

  it('does not take an area of another country', () => {
    expect(area('Niger', 'NE')).toBeUndefined();
  });
});
