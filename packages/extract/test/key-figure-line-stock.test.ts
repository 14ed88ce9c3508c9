/**
 * A report's key-figure line or bullet with no verb (issue 9): "9.9 million people internally displaced (DTM; March
 * 2024)", "• 1.2 million people displaced across the country (IOM)". The bare participle states a stock, people who
 * ARE displaced, and the bracketed registry acronym closing the line is its reporter. Headlines and lines whose
 * participle has a start or cause keep the movement. Every line is written for this file, in several wars and genres;
 * none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.reporters]);

describe('a verbless key-figure line states a stock', () => {
  it('a key figure closed by an agency acronym and a date (sitrep, Sudan)', () => {
    const text = 'Sudan: Humanitarian Snapshot\n\nKEY FIGURES\n\n9.9 million people internally displaced (DTM; March 2024)\n';
    expect(facts(text)).toEqual([['idps_stock', 9_900_000, ['DTM']]]);
  });

  it('a bullet with a place phrase and the acronym alone (flash update, Myanmar)', () => {
    const text = 'Myanmar: Flash Update No. 4\n\nHIGHLIGHTS\n\n• 2.6 million people displaced across the country (UNHCR)\n• Access remains limited in Rakhine.\n';
    expect(facts(text)).toEqual([['idps_stock', 2_600_000, ['UNHCR']]]);
  });

  it('a monitor\'s line naming its region, its note a source and a day (monitor, Ukraine)', () => {
    const text = 'Ukraine: Monthly Protection Update\n\n3.7 million people internally displaced in Eastern Ukraine (IOM, 5 May)\n';
    expect(facts(text)).toEqual([['idps_stock', 3_700_000, ['IOM']]]);
  });
});

describe('a participle with a start, a cause or no line mark stays a movement', () => {
  it('"displaced since March" counts who fled since then (sitrep, Mozambique)', () => {
    const text = 'Mozambique: Cabo Delgado Update\n\n- 412,300 people internally displaced since March (IOM)\n';
    expect(facts(text).map((f) => f[0])).toEqual(['displaced']);
  });

  it('a headline\'s participle is news of flight (wire, DR Congo)', () => {
    const text = 'Clashes in Beni\n\nGOMA, May 3 (Reuters) - 2,000 people displaced in Beni after clashes on Monday, officials said.\n';
    expect(facts(text).map((f) => f[0])).toEqual(['displaced']);
  });

  it('a cause after the participle (encyclopedic, Ethiopia)', () => {
    const text = 'Tigray War\n\n- 2 million people displaced by the fighting (OCHA)\n';
    expect(facts(text).map((f) => f[0])).toEqual(['displaced']);
  });
});
