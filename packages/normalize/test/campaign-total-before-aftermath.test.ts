/**
 * A narrative's total summing its battle ("In total, 39 people were killed") stands before the page's "Aftermath"
 * section; what that section tells (a siege of a base months on, the town lost the next year) is no part of the
 * battle, so the total ends on the battle's last day, not on the aftermath's (campaign.ts, `afterCampaignAt`).
 * Pages written for the rule, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { periodOf } from './dated-text.ts';

describe('a battle total before the Aftermath heading ends with the battle', () => {
  it.each<[string, string, number, string]>([
    ['Syria', 'Battle of Maarat (2014)\n\nThe Battle of Maarat was a battle between rebels and the Syrian Army for the town.\n\n' +
      '## Battle\nRebels stormed the town on 3 May. On 6 May, the last army post fell. In total, 52 people were killed during the battle.\n\n' +
      '## Aftermath\nOn 20 July, an air strike on the market killed 9 people. On 2 October, the army retook the town.', 52, '2014-05-06'],
    ['Somalia', 'Battle of Kudha (2016)\n\nThe Battle of Kudha was fought between al-Shabaab and government forces.\n\n' +
      '== Battle ==\nOn 12 March, al-Shabaab attacked the base. By 14 March, the militants had withdrawn. Overall, 30 soldiers were killed.\n\n' +
      '== Aftermath ==\nOn 9 September, al-Shabaab fighters captured the town again.', 30, '2016-03-14'],
    ['Iraq', 'Battle of Hit (2016)\n\nThe Battle of Hit was an offensive by Iraqi forces against ISIL in Anbar Governorate.\n\n' +
      '## Offensive\nThe army entered the town on 4 April. On 14 April, troops took the last district. ' +
      'In total, 400 militants were killed during the offensive.\n\n## Reactions\nOn 20 July, a car bomb killed 12 people at a checkpoint.', 400, '2016-04-14'],
  ])('%s', (_war, text, value, end) => {
    expect(periodOf(text, 'killed', value)[1]).toBe(end);
  });

  it('a total within the Aftermath section keeps the page\'s last day (Yemen)', () => {
    const text = 'Hays offensive (2021)\n\nThe Hays offensive was a campaign by the Houthis in Hodeidah Governorate.\n\n' +
      '## Course\nOn 12 October, Houthi fighters captured Al Jarrahi. On 20 November, the Houthis captured Hays.\n\n' +
      '## Aftermath\nOn 5 December, the Houthis captured Al Tuhayta. Over the course of the offensive, 410 fighters were killed.';
    expect(periodOf(text, 'killed', 410)[1]).toBe('2021-12-05');
  });
});
