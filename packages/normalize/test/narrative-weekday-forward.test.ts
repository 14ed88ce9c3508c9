/**
 * A narrative's bare weekday ("On 9 June, ... On Sunday, ...") is the first such day after the day its story has
 * reached: an encyclopedic page tells forward and has no day of its own to count back from. A report's weekday stays
 * the latest on or before its publication day. Found by the long narrative probes (probe-narrative-dates.test.ts),
 * where six pages of six wars dated such a day a week early. Texts written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

describe("a narrative's weekday is the first such day after the story's day", () => {
  it.each<Case>([
    ['encyclopedic, Yemen: a Sunday, then "On Wednesday"',
      'Battle of Marib (2021)\n\nThe Battle of Marib was an offensive by the Houthis against government forces in Marib Governorate.\n\n## Offensive\n\n' +
      'On 7 February 2021, Houthi fighters attacked government positions west of the city. On Wednesday, shelling killed 8 displaced people in the Al-Rawdah camp.',
      'killed', 8, ['2021-02-10', '2021-02-10']],
    ['encyclopedic, Myanmar: "On Saturday night" after a Wednesday',
      'Battle of Lashio (2024)\n\nThe Battle of Lashio was fought between the MNDAA and the Myanmar army for the capital of northern Shan State.\n\n## Battle\n\n' +
      'On 3 July 2024, MNDAA fighters attacked army posts around the town. On Saturday night, air strikes killed 11 civilians in Lashio.',
      'killed', 11, ['2024-07-06', '2024-07-06']],
    ['encyclopedic, Sudan: the weekday of the story\'s own day is the next one',
      'Siege of El Fasher (2024)\n\nThe siege of El Fasher was a battle between the Rapid Support Forces and the army in North Darfur.\n\n## Siege\n\n' +
      'On 12 April 2024, RSF fighters burned villages west of the city. On Friday, shelling killed 15 people in the Abu Shouk camp.',
      'killed', 15, ['2024-04-19', '2024-04-19']],
    ['encyclopedic, Iraq: a weekday after a step ("The next day")',
      'Battle of Fallujah (2016)\n\nThe Battle of Fallujah was an offensive by Iraqi forces to retake the city from ISIL.\n\n## Assault\n\n' +
      'On 13 June 2016, the army pushed into the southern districts. The next day, troops took the Nazzal district. On Thursday, suicide bombers killed 21 soldiers in the city.',
      'killed', 21, ['2016-06-16', '2016-06-16']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a report keeps the latest such weekday on or before its own day (outlet, Sudan)', () => {
    const text = on('2024-07-10', 'On 1 July, RSF fighters entered Singa. On Sunday, shelling killed 6 people in Sennar, residents said.');
    expect(periodOf(text, 'killed', 6)).toEqual(['2024-07-07', '2024-07-07']);
  });
});
