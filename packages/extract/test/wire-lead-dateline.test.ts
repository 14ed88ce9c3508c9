/**
 * A wire lead after its dateline (issue 9): "CITY (Agency) -", "CITY, Country (AP) —", "CITY, Month D (Reuters) -".
 * Ingest reads the dateline's place (where the story was filed) and its agency (the outlet); extract gives the lead's
 * fact, with the sentence's own subject and source, never the dateline's words. Leads written for this file.
 */
import { describe, expect, it } from 'vitest';
import { datelinePlace, wireAgency } from '@frontline/ingest';
import { extractArticle } from '../src/index.ts';
import { article, brief } from './helpers.ts';

/** The article as ingest builds it: the outlet is the dateline's agency. */
const read = (text: string) => {
  const facts = extractArticle({ ...article(text), outlet: wireAgency(text), dateline_place: datelinePlace(text) }).map(brief);
  return { place: datelinePlace(text), outlet: wireAgency(text), facts: facts.map((f) => [f.category, f.value, f.actor, f.reporters]) };
};

describe('a wire lead after a dateline gives its fact', () => {
  it.each([
    ['Sudan, "CITY (Agency) -", no source in the lead', 'KHARTOUM (Reuters) - About 19,000 people have been displaced by fighting in the past week.', 'Khartoum', 'Reuters', ['displaced', 19000, '', ['Reuters']]],
    ['DR Congo, "CITY, Country (AP) —", a side as subject', 'GOMA, Congo (AP) — M23 rebels seized two towns north of the city on Tuesday, residents said.', 'Goma', 'AP', ['captured', 2, 'M23 rebels', ['residents']]],
    ['Yemen, "CITY, Country (AP) —", a toll', 'ADEN, Yemen (AP) — At least 700 people have been killed in Taiz since January, the United Nations said.', 'Aden', 'AP', ['killed', 700, '', ['United Nations']]],
    ['Somalia, "CITY, Month D (Reuters) -", a side as subject', 'MOGADISHU, May 2 (Reuters) - Al Shabaab fighters killed nine soldiers in an attack on a base, the army said.', 'Mogadishu', 'Reuters', ['killed', 9, 'Al Shabaab', ['army']]],
  ])('%s', (_case, text, place, outlet, fact) => {
    expect(read(text)).toEqual({ place, outlet, facts: [fact] });
  });
});
