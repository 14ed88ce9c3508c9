/**
 * Whose figures a situation report gives: the agency behind a country office named as the outlet ("OCHA Sudan",
 * "UNHCR Chad"), and the agency behind a titled, numbered product it cites ("according to the IOM Displacement
 * Tracking Matrix (DTM) Weekly Displacement Snapshot (13)"). Texts written for the rule (Sudan, Chad, Ethiopia,
 * Mozambique, Yemen); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { extractArticle } from '../src/index.ts';
import { documentOwner } from '../src/reporter-phrase.ts';
import { article } from './helpers.ts';

const report = (text: string, outlet: string) => ({ ...article(text), title: text.split('\n')[0]!, outlet });

describe('a country office named as the outlet is its agency', () => {
  it('an update whose lead cites a partner first is still the office\'s agency (OCHA, Sudan)', () => {
    const text = 'Sudan Humanitarian Update (9 May 2024)\nSITUATION OVERVIEW\nAccording to WFP, food stocks in El Fasher are running low.\nMore than 40,000 people have been displaced from Um Kadada since 1 May.';
    expect(documentAuthor(report(text, 'OCHA Sudan'))).toBe('OCHA');
    const displaced = extractArticle(report(text, 'OCHA Sudan')).find((f) => f.quantity?.value === 40000);
    expect(displaced?.reporter_texts).toEqual(['OCHA']);
  });

  it('an office with a two-word country (UNHCR, South Sudan)', () => {
    const text = 'Emergency Update: Arrivals from Sudan\nSome 3,000 refugees crossed into Renk this week.';
    expect(documentAuthor(report(text, 'UNHCR South Sudan'))).toBe('UNHCR');
  });
});

describe('a titled, numbered product is its agency\'s', () => {
  it.each([
    ['the IOM Displacement Tracking Matrix (DTM) Sudan Weekly Displacement Snapshot (13)', 'IOM'],
    ['the UNHCR Chad Operational Update No. 4', 'UNHCR'],
    ['the OCHA Ethiopia Situation Report', 'OCHA'],
    ['the latest WFP Yemen Market Monitor bulletin', 'WFP'],
  ])('%s', (phrase, owner) => {
    expect(documentOwner(phrase)).toBe(owner);
  });

  it('a name that ends in no document word is no product (Mozambique)', () => {
    expect(documentOwner('the IOM Chief of Mission Laura Tomm')).toBeNull();
  });

  it('figures cited from a numbered snapshot are the agency\'s, not the report author\'s (Sudan)', () => {
    const text = 'Sudan Humanitarian Update (9 May 2024)\nAccording to the IOM Displacement Tracking Matrix (DTM) Weekly Displacement Snapshot (31), more than 9 million people have been displaced within Sudan.';
    const fact = extractArticle(report(text, 'OCHA Sudan')).find((f) => f.quantity?.value === 9_000_000);
    expect(fact?.reporter_texts).toEqual(['IOM']);
  });
});

// An office update whose title names no kind of report ("Latest Developments in X"), or an office written as a
// mixed-case abbreviation ("OCHA oPt"): the agency named as the outlet, not a service its lead happens to name.
describe('an office outlet authors updates of any title, its name in any case', () => {
  it.each([
    ['Syria', 'OCHA Syria', 'Syria: Latest Developments in Jisr al-Shughur District (as of 4 May 2019)\nHighlights\n• An estimated 31,000 people were displaced from Jisr al-Shughur district to Darkosh.', 31000],
    ['Gaza', 'OCHA oPt', 'Hostilities in Gaza | Flash Update #31\nAirstrikes hit homes in Deir al Balah, killing 22 people.\nRescue teams from the Civil Defense are searching the rubble.', 22],
  ])('%s: the outlet %s', (_war, outlet, text, value) => {
    const update = report(text, outlet);
    expect(documentAuthor(update)).toBe('OCHA');
    expect(extractArticle(update).find((f) => f.quantity?.value === value)?.reporter_texts).toEqual(['OCHA']);
  });

  it('a news outlet the registry does not know, or a lower-case word beside an office, authors nothing (Mali, Myanmar)', () => {
    const mali = 'Mali: Gunmen attack villages near Bandiagara\nAt least 14 villagers were killed near Bandiagara on Sunday.';
    expect(documentAuthor(report(mali, 'Sahel Daily Courier'))).toBe('');
    const myanmar = 'Flash Update No. 2: clashes in Sagaing\nThe Civil Defence said 300 people fled Kani township.';
    expect(documentAuthor(report(myanmar, 'OCHA in myanmar'))).not.toBe('OCHA');
  });
});
