/**
 * A region that spans several admin1 areas ("Casamance", "Darfur", "the Donbas") gives a figure placed there every one
 * of them (admin1-groups.ts), from the figure's own sentence, its paragraph or its headline; a place of the sentence
 * inside one area still decides. Texts written for this file, in several genres: wire, situation report, outlet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import type { Fact } from '@frontline/schema';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { admin1Group, admin1GroupRows } from '../src/places/admin1-groups.ts';

const gazetteer = loadGazetteer();

function factsOf(text: string): Fact[] {
  const { articles } = ingestFiles([{ path: 'report.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  return normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body }).facts;
}

const DARFUR = ['Northern Darfur', 'Western Darfur', 'Central Darfur', 'Southern Darfur', 'Eastern Darfur'];

describe('a region of several admin1 areas', () => {
  it('wire: a toll in Casamance is in all three of its regions', () => {
    const facts = factsOf('DAKAR, May 9 (Reuters) - Separatist fighters killed four Senegalese soldiers in Casamance on Tuesday, the army said.');
    const f = facts.find((x) => x.kind === 'casualty')!;
    expect([...f.admin1].sort()).toEqual(['Kolda', 'Sédhiou', 'Ziguinchor']);
    expect(f.admin1_basis).toBe('stated');
  });

  it('situation report: a figure with no place of its own takes the one region the report names, one area for five states', () => {
    const text = 'Sudan: Darfur Flash Update No. 4 (12 May 2024)\n\nFighting in Darfur has intensified since early May.\n\n'
      + 'An estimated 17,000 people fled their homes last week, humanitarian partners reported.';
    const f = factsOf(text).find((x) => x.kind === 'displacement')!;
    expect([...f.admin1].sort()).toEqual([...DARFUR].sort());
    expect(f.admin1_basis).toBe('article');
  });

  it('outlet: shelling in the Donbas is in both oblasts', () => {
    const f = factsOf('Shelling in the Donbas killed seven Ukrainian civilians over the weekend, regional officials said on Monday.')
      .find((x) => x.kind === 'casualty')!;
    expect([...f.admin1].sort()).toEqual(['Donetsk', 'Luhansk']);
  });

  it('a town of the sentence inside one area decides over the region', () => {
    const f = factsOf('In Darfur, gunmen killed 12 herders near Nyala on Sunday, Sudanese officials said.').find((x) => x.kind === 'casualty')!;
    expect(f.admin1).toEqual(['Southern Darfur']);
  });

  it('a region is read only in its own country', () => {
    expect(admin1Group('the Donbas', 'UA')).toEqual(['Donetsk', 'Luhansk']);
    expect(admin1Group('Darfur', 'TD')).toEqual([]);
    expect(admin1Group('Darfur', '')).toEqual(DARFUR);
    expect(admin1Group('Kurdistan', 'IQ')).toEqual([]);
  });

  it('every area of the table is an admin1 name of its country in the world index', () => {
    const tsv = readFileSync(new URL('../../../packs/world/index/admin1.tsv', import.meta.url), 'utf8');
    const names = new Set(tsv.split('\n').filter(Boolean).map((l) => { const [code, name] = l.split('\t'); return `${code!.slice(0, 2)}:${name}`; }));
    for (const g of admin1GroupRows()) for (const a of g.admin1) expect(names.has(`${g.country}:${a}`), `${g.name}: ${a}`).toBe(true);
  });
});
