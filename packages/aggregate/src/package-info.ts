import { HOUSEHOLD_SIZE } from '@frontline/schema';
import { RANGE_RULES } from '@frontline/normalize';
import type { PackageInfo } from '@frontline/io';
import type { PackManifest } from '@frontline/normalize/packs';
import { BEST_AVAILABLE_RULE } from './timelines.ts';

/** What the datapackage needs of a region pack whose places the run used. */
export type PackCredit = Pick<PackManifest, 'id' | 'attribution' | 'source_url' | 'licenses' | 'disclaimer'>;

/**
 * The datapackage's description, licences and sources. Licences and place sources are those of the packs whose places
 * the run used (a run on Ukrainian texts owes GeoNames, not OCHA), in pack id order, each licence once.
 */
export function packageInfo(articles: number, packs: PackCredit[] = []): PackageInfo {
  const used = [...packs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const licenses = new Map<string, { name: string; path?: string; title: string }>();
  for (const l of used.flatMap((p) => p.licenses ?? [])) {
    const name = l.name ?? l.path ?? '';
    if (!name) continue;
    const seen = licenses.get(name);
    if (seen) seen.title = `${seen.title}; ${l.title ?? ''}`;
    else licenses.set(name, { name, ...(l.path ? { path: l.path } : {}), title: l.title ?? name });
  }
  const disclaimers = [...new Set(used.map((p) => p.disclaimer ?? '').filter(Boolean))];
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
    licenses: [...licenses.values()],
    sources: [
      { title: 'Input news articles (see articles.csv); quotes remain the work of their publishers' },
      ...used.map((p) => ({ title: p.attribution, ...(p.source_url ? { path: p.source_url } : {}) })),
    ],
    extra: {
      'x-household-size': HOUSEHOLD_SIZE,
      'x-range-rules': RANGE_RULES,
      'x-best-available-rule': BEST_AVAILABLE_RULE,
      ...(disclaimers.length ? { 'x-disclaimer': disclaimers.join(' ') } : {}),
    },
  };
}
