/**
 * The place a title names is what the article is about, met in a fresh encyclopedic page (Libya): "Battle of Sirte
 * (2016)" says the battle "was concurrent with" other wars' battles in Syria and Iraq, and those few places must not
 * outvote the city the title names; the page's villages, unknown to the gazetteer, gave the city no help. Pages
 * written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';

const gazetteer = loadGazetteer();

function countryOf(text: string): [string, string] {
  const { articles } = ingestFiles([{ path: 'page.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  const told = normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body });
  return [told.country, told.country_evidence];
}

describe('a place the title names votes for the article\'s country', () => {
  it.each([
    ['Libya', 'Battle of Sirte (2016)\n\nThe Battle of Sirte was fought in Libya between Libyan GNA forces and ISIL. It was concurrent with the battles of Raqqa and al-Bab in Syria.\n\n' +
      'On 9 June, fighting in Sirte killed 12 GNA fighters. On 21 June, ISIL fighters killed six Libyan soldiers in Sirte.', 'LY'],
    ['Iraq', 'Battle of Fallujah (2016)\n\nThe battle of Fallujah was fought in Iraq between the Iraqi army and ISIL. It was concurrent with the battles of Raqqa and Deir ez-Zor in Syria.\n\n' +
      'On 24 August, 40 militants were killed in Fallujah. On 26 August, a car bomb killed nine Iraqi soldiers on the road to Ramadi.', 'IQ'],
  ])('%s', (_war, text, country) => {
    const [told, evidence] = countryOf(text);
    expect(told, evidence).toBe(country);
  });
});
