/**
 * A narrative's total for the whole campaign ("About 1,000 militants were killed during the battle") ends with the
 * campaign: where the page's infobox gives its span ("Date 22 November 2015 – 9 February 2016"), on that span's last
 * day, not on the last day the story dated an event of its own (a page tells only some of its days). An open span
 * ("– present") gives no end: the story's last day stays. Found by the long narrative probes
 * (probe-narrative-dates.test.ts: Mosul, Kursk, Debaltseve). Pages written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { periodOf, type Case } from './dated-text.ts';

describe("a whole-campaign total ends on the infobox's last day", () => {
  it.each<Case>([
    ['encyclopedic, Iraq: a total in the Aftermath',
      'Battle of Ramadi (2015–2016)\nDate 22 November 2015 – 9 February 2016\nLocation Ramadi, Anbar Governorate, Iraq\nResult Iraqi victory\n\n' +
      'The Battle of Ramadi was an offensive by Iraqi forces to retake the city of Ramadi from ISIL.\n\n## Battle\n\n' +
      'On 22 November 2015, Iraqi forces began their advance on the city. On 28 December, the army captured the Tameem district.\n\n' +
      '## Aftermath\n\nAbout 1,000 militants were killed during the battle.',
      'killed', 1000, ['2015-11-22', '2016-02-09']],
    ['encyclopedic, Ukraine: a total before the Aftermath heading',
      'Battle of Sievierodonetsk (2022)\nDate 6 May – 25 June 2022\nLocation Sievierodonetsk, Luhansk Oblast, Ukraine\nResult Russian victory\n\n' +
      'The Battle of Sievierodonetsk was fought between Russian and Ukrainian forces for the city of Sievierodonetsk.\n\n## Battle\n\n' +
      'On 6 May 2022, Russian forces began shelling the outskirts. On 30 May, Russian troops entered the city. ' +
      'Ukrainian officials said 1,500 civilians were killed during the battle.\n\n## Aftermath\n\nOn 3 July, Russian forces captured Lysychansk.',
      'killed', 1500, ['2022-05-06', '2022-06-25']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('an open span ("– present") leaves the story\'s last day (Sudan)', () => {
    const text = 'Siege of El Fasher (2024)\nDate 10 May 2024 – present\nLocation El Fasher, North Darfur, Sudan\nResult Ongoing\n\n' +
      'The siege of El Fasher is a battle between the Rapid Support Forces and the Sudanese army for El Fasher.\n\n## Siege\n\n' +
      'On 10 May 2024, the RSF attacked the city from the east. On 14 June, RSF fighters captured Mellit.\n\n' +
      '## Casualties\n\nAt least 800 civilians were killed during the siege.';
    expect(periodOf(text, 'killed', 800)[1]).toBe('2024-06-14');
  });
});
