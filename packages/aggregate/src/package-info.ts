import { HOUSEHOLD_SIZE } from '@frontline/schema';
import { RANGE_RULES } from '@frontline/normalize';
import type { PackageInfo } from '@frontline/io';
import { BEST_AVAILABLE_RULE } from './timelines.ts';

export function packageInfo(articles: number): PackageInfo {
  return {
    name: 'frontline',
    title: 'Frontline: displacement, casualties and territorial change from conflict news',
    description: [
      `Figures extracted from ${articles} news articles: every displacement figure, casualty count and change of control, with the sentence it came from and who reported it.`,
      'Figures are ranges (count_low, count_best, count_high); vague words ("dozens", "tens of thousands") map to ranges by the documented rule in packages/normalize/src/quantity.ts.',
      `Families and households are converted to persons at ${HOUSEHOLD_SIZE} persons each (an assumption, applied only where the text counts families or households).`,
      'Running totals (cumulative = true) are series and are never summed with each other or with single incidents.',
      BEST_AVAILABLE_RULE,
    ].join(' '),
    licenses: [
      { name: 'CC-BY-3.0-IGO', path: 'https://creativecommons.org/licenses/by/3.0/igo/', title: 'Place names, P-codes and coordinates: © UN OCHA Syria (COD), via HDX' },
    ],
    sources: [
      { title: 'Input news articles (see articles.csv); quotes remain the work of their publishers' },
      { title: 'Populated places: © UN OCHA Syria (Common Operational Dataset), via the Humanitarian Data Exchange, CC BY 3.0 IGO', path: 'https://data.humdata.org/dataset/syrian-arab-republic-pop-places' },
    ],
    extra: {
      'x-household-size': HOUSEHOLD_SIZE,
      'x-range-rules': RANGE_RULES,
      'x-best-available-rule': BEST_AVAILABLE_RULE,
      'x-disclaimer': 'The boundaries and names shown and the designations used do not imply official endorsement or acceptance by the United Nations.',
    },
  };
}
