/**
 * An encyclopedic page's "Background" (or "Prelude", "Prior events") section tells what came before the campaign. Its
 * undated sentences are of no date the page's lead or infobox gives (the campaign's span): they carry the section's
 * own dates, or none. The section after it starts the story again at the campaign's start.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';

const gazetteer = loadGazetteer();

function facts(text: string): Fact[] {
  const { articles } = ingestFiles([{ path: 'page.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  return normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body }).facts;
}

const periodOf = (all: Fact[], count: number) => {
  const f = all.find((x) => x.count_best === count);
  return f ? [f.period_start, f.period_end] : null;
};

describe('an undated figure of a section on what came before the campaign takes none of the campaign\'s dates', () => {
  it.each([
    ['Mali, infobox page', 'Battle of Boulkessi (2019)\n\nBattle of Boulkessi\nPart of the Mali War\nDate 3 March – 28 April 2019\n' +
      'Location Boulkessi, Mopti Region\n\nThe Battle of Boulkessi was fought between the Malian Army and jihadists near Boulkessi.\n\n' +
      'Background\n\nJihadists had attacked the camp before. They killed 14 villagers in a raid on a nearby hamlet.\n\n' +
      'Battle\n\nThe army shelled the jihadist positions, killing 23 fighters.', 14, 23, ['2019-03-03', '2019-04-28']],
    ['Syria, lead-defined page', 'Siege of Kafr Zita (2016)\n\nThe siege of Kafr Zita was fought from 4 May 2016 to 30 June 2016 in Hama Governorate.\n\n' +
      '## Prelude\nRebel groups had held the town for years. Around 6,000 residents fled to Idlib.\n\n' +
      '## Siege\nGovernment shelling of Kafr Zita killed 17 civilians.', 6000, 17, ['2016-05-04', '2016-06-30']],
    ['Ukraine, wiki source headings', 'Battle of Vuhlehirsk\n\nThe battle of Vuhlehirsk began on 10 August 2023 and ended on 2 October 2023.\n\n' +
      '== Prior events ==\nThe town had changed hands twice. Shelling there wounded 31 people.\n\n' +
      '== Battle ==\nRussian strikes on Vuhlehirsk wounded 12 soldiers.', 31, 12, ['2023-08-10', '2023-08-10']],
  ])('%s', (_case, text, before, during, span) => {
    const all = facts(text);
    expect(periodOf(all, before)).toEqual(['', '']);
    expect(periodOf(all, during)).toEqual(span);
  });

  it('a dated sentence of the section keeps its date, and dates the undated ones after it (Myanmar)', () => {
    const all = facts('Battle of Hsipaw (2024)\n\nBattle of Hsipaw\nDate 2 July – 20 August 2024\n\n' +
      'The battle of Hsipaw was fought between the TNLA and the military in Shan State.\n\n' +
      'Background\n\nIn December 2023, TNLA fighters attacked the town. Air strikes killed 9 civilians.\n\n' +
      'Battle\n\nOn 5 July, TNLA fighters captured 4 army outposts near Hsipaw.');
    expect(periodOf(all, 9)).toEqual(['2023-12-01', '2023-12-31']);
    expect(periodOf(all, 4)).toEqual(['2024-07-05', '2024-07-05']);
  });

  it('the section after it starts again at the campaign, not at the year the look back reached (Sudan)', () => {
    const all = facts('Siege of Kadugli (2024)\n\nThe siege of Kadugli was a siege of the city by the SPLM-N from 10 February 2024 to 2 June 2024.\n\n' +
      'Background\n\nOn 3 December 2023, fighters attacked Dilling, killing 11 civilians.\n\n' +
      'Siege\n\nShelling of the market killed 8 people.');
    expect(periodOf(all, 11)).toEqual(['2023-12-03', '2023-12-03']);
    expect(periodOf(all, 8)).toEqual(['2024-02-10', '2024-06-02']);
  });
});
