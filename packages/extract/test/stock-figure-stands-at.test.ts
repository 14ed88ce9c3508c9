/**
 * "The IDP count now stands at 27,500" (cues.ts `STOCK_FIGURE_PRE`): a noun for the count of the displaced, then
 * its value, is a stock of the displaced; the cue names the people, so the figure needs no noun. Sentences written for
 * the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value, f.modifier, f.unit]);

describe('"the IDP figure stands at N"', () => {
  it.each([
    ['situation report, Somalia', 'OCHA\'s most recent IDP figure stood at 23,400 in Baidoa.', ['idps_stock', 23400, 'exact', 'persons']],
    ['situation report, Pakistan (Sindh)', 'In Sindh the IDP count now stands at roughly 85,000, the cluster said.', ['idps_stock', 85000, 'about', 'persons']],
    ['monitor, DRC', 'In Ituri the displacement total now stands at 1.6 million, the cluster said.', ['idps_stock', 1600000, 'exact', 'persons']],
    ['outlet, Mozambique', 'The displaced count stood at 640,000 in Cabo Delgado at the end of June.', ['idps_stock', 640000, 'exact', 'persons']],
  ])('%s', (_genre, text, fact) => {
    expect(facts(text)).toEqual([fact]);
  });

  it('a figure that is no count of the displaced stays unread (assessment, Yemen)', () => {
    expect(facts('The funding figure stands at 41 per cent of the appeal.')).toEqual([]);
  });
});
