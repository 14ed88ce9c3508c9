/**
 * "told Sheba Online that", "told Rudaw TV": capitalised words after "told" ending in a word for a news medium
 * (attribution-words.csv outlet_noun, "online" among them) name the outlet that was told, a second reporter, even when
 * the registry does not hold it. Sentences written for this file.
 */
import { rule } from './rule.ts';

rule('an outlet named by its medium word after "told" is a reporter', [
  ['regional', 'Medical sources in Aden told Sheba Online that 7 soldiers were killed in Lahj.', [
    { category: 'killed', value: 7, reporters: ['Medical sources', 'Sheba Online'] },
  ]],
  ['wire', 'A police officer told Kivu Morning Radio that 15 people were killed in Beni.', [
    { category: 'killed', value: 15, reporters: ['police officer', 'Kivu Morning Radio'] },
  ]],
]);
