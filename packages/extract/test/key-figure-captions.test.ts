/**
 * A key figure whose caption goes on past its label: the figure on a line of its own, then a line that names it and
 * details it ("Civilians killed, including 310 children."). The caption's head is the label. Sentences written for
 * the rule (OCHA, UNHCR, UNICEF, WHO; Gaza, Ukraine, Sudan, Yemen, Myanmar); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);
const figures = (s: string) => facts(s).map((f) => [f.category, f.group, f.value]);

describe('a key figure over a caption that details it', () => {
  it('a caption with a breakdown after a comma (OCHA, Gaza)', () => {
    const text = 'OCHA Gaza: Hostilities Snapshot (as of 4 March 2024)\n\nKey figures\n3,120\nPalestinians killed, including at least 900 women.\n48\nIsraelis killed, including 30 soldiers.\n';
    const found = figures(text);
    expect(found).toContainEqual(['killed', 'people', 3120]);
    expect(found).toContainEqual(['killed', 'people', 48]);
  });

  it('a caption that is a whole sentence with its full stop (UNHCR, Ukraine)', () => {
    const text = 'UNHCR Ukraine: Emergency Update 12\n\n41,500\nPeople hosted in collective centres and schools.\n\nOperational context\nShelling continued.';
    expect(figures(text)).toContainEqual(['idps_stock', '', 41500]);
  });

  it('a caption with a bracket after its label (WHO, Sudan)', () => {
    const text = 'WHO Sudan: Health Cluster Bulletin\n\n1,240\nCivilians injured (reported by state hospitals)\n\nOverview\nAttacks on health care continued.';
    expect(figures(text)).toEqual([['injured', 'civilians', 1240]]);
  });

  it('panel after panel, plain labels and captions mixed (UNICEF, Yemen)', () => {
    const text = 'UNICEF Yemen Humanitarian Situation Report\n\n62\nChildren killed\n5,800\nDisplaced families, most of them in Marib governorate.\n';
    expect(facts(text).map((f) => [f.category, f.group, f.value, f.unit])).toEqual([['killed', 'children', 62, 'persons'], ['displaced', '', 5800, 'families']]);
  });

  it('a line after a figure that names nothing counted gives no fact (OCHA, Myanmar)', () => {
    const text = 'OCHA Myanmar: Flash Update\n\n14\nTownships affected, including Hpakant and Mohnyin.\n';
    expect(facts(text)).toEqual([]);
  });

  it('a caption whose head is a long sentence is no label (OCHA, Sudan)', () => {
    const text = 'OCHA Sudan Flash Update\n\n2,000\nHumanitarian partners in the area have started to plan the distribution of shelter kits, says OCHA.\n';
    expect(facts(text)).toEqual([]);
  });
});
