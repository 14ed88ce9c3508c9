/**
 * "In Kharkiv and Sumy regions: 140 casualties", then lines that break the figure down with no place of their own:
 * the list lines under a lead-in are of its areas, until prose, a heading or a line marked as the lead-in was.
 * Texts written for this file, two wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './written-places.ts';

describe('list lines under a lead-in that names their areas', () => {
  it('Ukraine, monitor update: the breakdown lines take the lead-in\'s two regions, the next item none', () => {
    const out = placesOf(
      'Ukraine: civilian harm update (10 June 2023)\n\nBetween 1 and 31 May 2023, the monitoring mission recorded 512 civilian casualties across the country. ' +
        'Most were caused by explosive weapons with a wide impact area. The actual figures are likely higher.\n\n' +
        '- In Kharkiv and Sumy regions: 140 casualties (38 killed and 102 injured)\n\n' +
        'In areas held by the Government: 120 casualties (31 killed and 89 injured)\n\n' +
        'In areas under occupation: 20 casualties (7 killed and 13 injured)\n\n' +
        '- In all other regions of the country: 372 casualties (96 killed and 276 injured)\n',
    );
    const killed = (n: number) => out.facts.find((f) => f.count_best === n && f.category === 'killed')!;
    expect(killed(31).admin1).toEqual(['Kharkiv', 'Sumy']);
    expect(killed(7).admin1).toEqual(['Kharkiv', 'Sumy']);
    expect(killed(96).admin1).toEqual([]);
  });

  it('Myanmar, situation report: the lines under a state take it', () => {
    const out = placesOf(
      'Myanmar: Humanitarian Update No. 31\n\nClashes continued in several states and regions during the week, partners reported.\n\n' +
        '• In Rakhine State: 12,400 people newly displaced\n\n' +
        'Displaced into monasteries and schools: 8,100 people (partners)\n\n' +
        'Displaced into forests near their villages: 4,300 people (partners)\n\n' +
        '• In Kachin State: 2,900 people newly displaced\n',
    );
    const displaced = (n: number) => out.facts.find((f) => f.count_best === n)!;
    expect(displaced(8100).admin1).toEqual(['Rakhine']);
    expect(displaced(4300).admin1).toEqual(['Rakhine']);
  });
});
