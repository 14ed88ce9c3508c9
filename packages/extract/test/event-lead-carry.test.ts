/**
 * A source that tells an event with no figure ("Officials in Kandahar said the gunmen fled.") is the reporter of the
 * bare toll of that event in the next sentence of its paragraph (roundup-carry.ts, basis carried_from_previous), but
 * not of a toll that adds another event, names another place, or stands in another paragraph. Sentences written for
 * this file, in several wars; none comes from the corpus or fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

const factsOf = (text: string) => extractArticle(article(text)).map((f) => ({ who: f.reporter_texts, basis: f.reporter_basis }));

describe('the bare toll after a sentence telling its event', () => {
  it.each([
    ['wire, Afghanistan', 'Officials in Kandahar said the gunmen fled after the raid. Four people were killed and 13 wounded.', 'Officials'],
    ['outlet, Yemen', 'Local authorities in Marib said the drone struck a checkpoint. Six soldiers were killed.', 'Local authorities'],
    ['wire, Gaza', 'Health officials in Gaza said the hospital ran out of fuel. Twelve patients died.', 'Health officials'],
  ])('%s', (_case, text, source) => {
    const facts = factsOf(text);
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f).toEqual({ who: [source], basis: 'carried_from_previous' });
  });

  it.each([
    ['another event (DR Congo)', 'Residents said M23 rebels entered Sake on Monday. Another 12 people died in shelling of Minova.'],
    ['another place (Somalia)', 'Police in Mogadishu said the bomber struck a hotel. Five people were killed in Baidoa.'],
    ['another paragraph (Mali)', 'Residents of Kidal said the militants attacked at dawn.\n\nEight villagers were killed.'],
    ['a sentence after the next (Sudan)', 'Witnesses in Nyala said the RSF shelled the market. The army denied it. Seven people died.'],
  ])('is not carried to %s', (_case, text) => {
    for (const f of factsOf(text)) expect(f.basis).not.toBe('carried_from_previous');
  });
});
