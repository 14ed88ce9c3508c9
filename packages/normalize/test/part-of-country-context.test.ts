/**
 * A fact placed in a part of the article's own country ("in eastern Ukraine", "in south-west Syria": extract marks the
 * country mention near) is no fact about the whole country: its admin1 comes from the places around it
 * (places/admin-context.ts), as for a fact with no place; so does a fact whose country abroad is where people went
 * ("fled to Sudan", destination.ts). Invented sentences from wire stories and situation reports.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '@frontline/schema';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();

const country = (name: string, near: boolean) => mention(name, { feature_hint: 'country', near });
const around = (paragraph: string[], lead: string[] = []) => ({
  paragraph: paragraph.map((p) => mention(p)),
  lead: lead.map((p) => mention(p)),
  between: [...paragraph, ...lead].map((p) => mention(p)),
});

function areas(facts: ExtractedFact[], text: string): [string[], string][] {
  return normalizeArticle(facts, article(), gz, { text }).facts.map((f) => [f.admin1, f.admin1_basis]);
}

describe('a part of the article\'s country takes its admin1 from the text around it', () => {
  it('wire (Ukraine): "killed in eastern Ukraine" after a sentence on Kupiansk is in Kharkiv', () => {
    const text = 'Russian artillery pounded Kupiansk overnight, officials said. Three civilians were killed in eastern Ukraine, police said.';
    const facts = [fact({ sentence_index: 1, place_mentions: [country('Ukraine', true)], place_context: around(['Kupiansk']) })];
    expect(areas(facts, text)).toEqual([[['Kharkiv'], 'paragraph']]);
  });

  it('situation report (Syria): "displaced in north-west Syria" under a lead on Idleb is in Idlib', () => {
    const text = 'Flash Update No. 2: escalation of hostilities in Idleb governorate. Some 40,000 people have been displaced in north-west Syria since 2 May.';
    const facts = [fact({ kind: 'displacement', category: 'displaced', sentence_index: 1, place_mentions: [country('Syria', true)], place_context: around([], ['Idleb']) })];
    expect(areas(facts, text)).toEqual([[['Idlib'], 'headline']]);
  });

  it('the whole country, not narrowed, is still not narrowed (Syria)', () => {
    const text = 'Flash Update No. 2: escalation of hostilities in Idleb governorate. Some 40,000 people have been displaced across Syria since 2 May.';
    const facts = [fact({ kind: 'displacement', category: 'displaced', sentence_index: 1, place_mentions: [country('Syria', false)], place_context: around([], ['Idleb']) })];
    expect(areas(facts, text)).toEqual([[[], '']]);
  });

  it('a part of another country is abroad: no admin1 of the article\'s country (Ukraine, western Russia)', () => {
    const text = 'Ukrainian drones hit Kupiansk and Izium, the Ukrainian army said. Two people were killed in western Russia, Moscow said.';
    const facts = [fact({ sentence_index: 1, place_mentions: [country('Russia', true)], place_context: around(['Kupiansk', 'Izium']) })];
    expect(areas(facts, text)).toEqual([[[], '']]);
  });
});

describe('a country abroad that people went to takes its admin1 from the text around it', () => {
  it('wire (Ethiopia): "refugees fled to Sudan" under a lead on Tigray is in Tigray', () => {
    const text = 'Ethiopian troops captured a town in Ethiopia\'s Tigray region. At least 20,000 refugees fled to Sudan, officials said.';
    const facts = [fact({ kind: 'territory', category: 'captured', place_mentions: [mention('Tigray', { feature_hint: 'area' })] }), fact({ kind: 'displacement', category: 'displaced', sentence_index: 1, quote: 'At least 20,000 refugees fled to Sudan, officials said.', char_start: 0, place_mentions: [mention('Sudan', { start: 33, end: 38, feature_hint: 'country' })], place_context: around([], ['Tigray']) })];
    expect(areas(facts, text)[1]).toEqual([['Tigray'], 'headline']);
  });

  it('situation report (Ukraine): "crossed into Poland" after a paragraph on Kharkiv is in Kharkiv', () => {
    const quote = 'Since 10 May, some 8,000 people have crossed into Poland.';
    const text = `Shelling of Kharkiv city killed 4 people in Ukraine, Ukrainian officials said. ${quote}`;
    const facts = [
      fact({ place_mentions: [mention('Kharkiv')] }),
      fact({ kind: 'displacement', category: 'displaced', sentence_index: 1, quote, char_start: 0, place_mentions: [mention('Poland', { start: quote.indexOf('Poland'), end: quote.indexOf('Poland') + 6, feature_hint: 'country' })], place_context: around(['Kharkiv']) }),
    ];
    expect(areas(facts, text)[1]).toEqual([['Kharkiv'], 'paragraph']);
  });

  it('a fact set in the country abroad, no destination, keeps no admin1 of the story\'s country (Ukraine, Poland)', () => {
    const quote = 'In Poland, 3 people were killed by a stray missile.';
    const text = `Shelling of Kharkiv city intensified in Ukraine. ${quote}`;
    const facts = [fact({ sentence_index: 1, quote, char_start: 0, place_mentions: [mention('Poland', { start: 3, end: 9, feature_hint: 'country' })], place_context: around(['Kharkiv']) })];
    expect(areas(facts, text)).toEqual([[[], '']]);
  });
});
