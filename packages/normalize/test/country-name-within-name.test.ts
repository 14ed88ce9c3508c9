/**
 * A country's name inside a longer country's name is no vote of its own: "Congo" within "the Democratic Republic of
 * the Congo" names no Republic of the Congo, so an article about eastern DR Congo is not tied with its neighbour
 * (both share the demonym "Congolese"). Texts written for this file: a situation report and a wire story.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';

const gazetteer = loadGazetteer();

function countryOf(text: string): [string, string] {
  const { articles } = ingestFiles([{ path: 'report.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  const told = normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body });
  return [told.country, told.country_evidence];
}

describe('a country named inside another country\'s name', () => {
  it.each([
    ['situation report', 'Flash Update No. 3\n\nRenewed clashes in the Democratic Republic of the Congo displaced 3,000 Congolese families from villages near the border last week.'],
    ['wire', 'KINSHASA, March 4 (Reuters) - Fighting between the army and rebels in the east of the Democratic Republic of the Congo killed 14 Congolese soldiers, officials said.'],
  ])('%s', (_genre, text) => {
    const [country, evidence] = countryOf(text);
    expect(country, evidence).toBe('CD');
  });

  it('still counts the shorter name where it stands alone', () => {
    const [country, evidence] = countryOf('Fighting near Brazzaville\n\nClashes in the Republic of Congo killed five soldiers, the army of Congo said.');
    expect(country, evidence).toBe('CG');
  });
});
