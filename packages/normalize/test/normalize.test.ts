import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '@frontline/schema';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const art = article({ article_id: 'b77', published: '2019-03-08', published_precision: 'day' });

/** A hand-built report of Friday 8 March 2019, with invented figures, places and sources. */
function facts(): ExtractedFact[] {
  const base = { article_id: 'b77' };
  return [
    fact({
      ...base, fact_id: 'b77-s20-f1', kind: 'displacement', category: 'displaced', group: '',
      quantity: { value: 64000, vague_word: '', modifier: 'nearly' }, unit: 'persons', count_phrase: 'nearly 64,000',
      place_mentions: [mention('northern Hama'), mention('southern Aleppo')], time_phrase: 'between February 20 and March 5',
      reporter_texts: ['a camp manager', 'the UK-based monitor'], sentence_index: 20, figure_start: 900, figure_end: 913,
    }),
    fact({
      ...base, fact_id: 'b77-s17-f2', kind: 'casualty', category: 'injured', group: 'people',
      quantity: { value: 45, vague_word: '', modifier: 'about' }, count_phrase: 'an estimated 45',
      place_mentions: [mention('central Ariha')], time_phrase: 'on Thursday night', reporter_texts: ['the Civil Defense'],
      sentence_index: 17, figure_start: 820, figure_end: 835,
    }),
    fact({
      ...base, fact_id: 'b77-s17-f1', kind: 'casualty', category: 'killed', group: 'people',
      quantity: { value: 20, vague_word: '', modifier: 'nearly' }, count_phrase: 'nearly 20',
      place_mentions: [mention('central Ariha')], time_phrase: 'on Thursday night', reporter_texts: ['the Civil Defense'],
      sentence_index: 17, figure_start: 790, figure_end: 799,
    }),
    fact({
      ...base, fact_id: 'b77-s8-f1', kind: 'territory', category: 'captured', group: '', actor_text: 'government forces',
      quantity: null, unit: '', count_phrase: '', place_mentions: [mention('Khan Shaykhun', { feature_hint: 'town' })],
      time_phrase: 'on Monday', sentence_index: 8, figure_start: 400, figure_end: 409,
    }),
    fact({
      ...base, fact_id: 'b77-s2-f1', kind: 'territory', category: 'captured', group: '', actor_text: 'Units of the Syrian Arab Army (SAA)',
      quantity: { value: null, vague_word: 'dozens', modifier: '' }, unit: 'places', count_phrase: 'dozens',
      place_mentions: [mention('Aleppo province')], time_phrase: 'over the past week', sentence_index: 2, figure_start: 120, figure_end: 126,
    }),
    fact({
      ...base, fact_id: 'b77-s30-f1', kind: 'displacement', category: 'displaced', group: '',
      quantity: { value: 350, vague_word: '', modifier: '' }, unit: 'families', count_phrase: '350',
      place_mentions: [mention('Ariha'), mention('Zorvaneh')], reporter_texts: ['Turkish Red Crescent'],
      sentence_index: 30, figure_start: 1500, figure_end: 1503,
    }),
    fact({
      ...base, fact_id: 'b77-s10-f1', kind: 'territory', category: 'captured', group: '', actor_text: 'Hay\'at Tahrir al-Sham',
      quantity: null, unit: '', count_phrase: '', place_mentions: [mention('the airbase', { feature_hint: 'airbase' }), mention('Taftanaz', { feature_hint: 'airbase' })],
      time_phrase: 'in January 2013', sentence_index: 10, figure_start: 600, figure_end: 608,
    }),
  ];
}

describe('normalizeArticle on a hand-built article', () => {
  const result = normalizeArticle(facts(), art, gz);
  const byId = new Map(result.facts.map((f) => [f.fact_id, f]));

  it('keeps every fact and sorts by sentence, then figure position', () => {
    expect(result.facts.map((f) => f.fact_id)).toEqual([
      'b77-s2-f1', 'b77-s8-f1', 'b77-s10-f1', 'b77-s17-f1', 'b77-s17-f2', 'b77-s20-f1', 'b77-s30-f1',
    ]);
  });

  it('is deterministic and does not depend on input order', () => {
    const again = normalizeArticle([...facts()].reverse(), art, gz);
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });

  it('displacement between two dates, two governorates, people kept as written', () => {
    expect(byId.get('b77-s20-f1')).toMatchObject({
      count_low: 57600, count_best: 64000, count_high: 64000, persons_best: 64000, vague: false,
      places: ['Hama', 'Aleppo'], place_ids: ['SY05', 'SY02'], admin1: ['Hama', 'Aleppo'], place_precision: 'governorate',
      latitude: null, longitude: null,
      period_start: '2019-02-20', period_end: '2019-03-05', date_precision: 'day',
      reported_by: ['camp manager', 'Syrian Observatory for Human Rights'], published: '2019-03-08', cumulative: false,
    });
  });

  it('casualties in the centre of a town (near it) on a weekday night, the weekday counted back from the report day', () => {
    expect(byId.get('b77-s17-f1')).toMatchObject({
      count_best: 20, count_low: 18, persons_best: 20, places: ['Ariha'], place_ids: ['C4278'], place_precision: 'near',
      latitude: 35.81396, longitude: 36.610185, period_start: '2019-03-07', period_end: '2019-03-07',
      reported_by: ['Syrian Civil Defence'], actor: '', actor_name: '',
    });
  });

  it('a capture with no count: actor resolved, counts and persons empty', () => {
    expect(byId.get('b77-s8-f1')).toMatchObject({
      actor: 'government', actor_name: 'Syrian government forces', count_low: null, count_best: null, count_high: null,
      persons_best: null, vague: false, places: ['Khan Shaykun'], place_ids: ['C3987'], admin1: ['Idlib'], period_end: '2019-03-04',
    });
  });

  it('a vague count of places: vague, no persons, over the past week', () => {
    expect(byId.get('b77-s2-f1')).toMatchObject({
      vague: true, count_best: 36, unit: 'places', persons_best: null, actor: 'government', place_ids: ['SY02'],
      period_start: '2019-03-01', period_end: '2019-03-08', date_precision: 'week',
    });
  });

  it('families converted to persons; an unknown village listed as unresolved', () => {
    expect(byId.get('b77-s30-f1')).toMatchObject({
      count_best: 350, unit: 'families', persons_low: 1750, persons_best: 1750, persons_high: 1750,
      places: ['Ariha'], place_mentions: ['Ariha', 'Zorvaneh'], period_start: '2019-03-08', period_end: '2019-03-08',
      reported_by: ['Turkish Red Crescent'],
    });
    // An invented village: listed with its sentence and the nearest names of the article's country, for a person to alias.
    const unknown = result.unresolved.find((u) => u.mention === 'Zorvaneh')!;
    expect([unknown.fact_id, unknown.quote]).toEqual(['b77-s30-f1', 'A sentence.']);
    expect(unknown.candidates?.length).toBe(3);
  });

  it('the airbase named after a town, in an earlier year', () => {
    expect(byId.get('b77-s10-f1')).toMatchObject({
      actor: 'opposition', actor_name: 'Hayat Tahrir al-Sham', place_ids: ['cur-airbase-taftanaz'], admin1: ['Idlib'],
      period_start: '2013-01-01', period_end: '2013-01-31', date_precision: 'month',
    });
    expect(result.unresolved.map((u) => u.mention)).toEqual(['the airbase', 'Zorvaneh']);
  });

  it('copies provenance through unchanged', () => {
    const f = byId.get('b77-s17-f2')!;
    expect([f.quote, f.sentence_index, f.char_start, f.char_end, f.figure_start, f.figure_end, f.count_phrase, f.time_phrase]).toEqual([
      'A sentence.', 17, 0, 11, 820, 835, 'an estimated 45', 'on Thursday night',
    ]);
  });
});

describe('edge cases', () => {
  it('no facts: empty result', () => {
    expect(normalizeArticle([], art, gz)).toMatchObject({ facts: [], unresolved: [], mentions: [], country: '' });
  });
  it('an article with no publication date: relative dates stay empty, explicit ones resolve', () => {
    const undated = article({ published: '', published_precision: '' });
    const [a, b] = normalizeArticle(
      [fact({ time_phrase: 'on Sunday', sentence_index: 0 }), fact({ time_phrase: 'in September 2015', sentence_index: 1 })],
      undated,
      gz,
    ).facts;
    expect([a!.period_start, a!.period_end, a!.date_precision]).toEqual(['', '', '']);
    expect([b!.period_start, b!.period_end]).toEqual(['2015-09-01', '2015-09-30']);
  });
  it('every Fact column is present', () => {
    const [f] = normalizeArticle([fact()], art, gz).facts;
    expect(Object.keys(f!).sort()).toEqual(
      [
        'fact_id', 'article_id', 'kind', 'category', 'group', 'actor', 'actor_name', 'count_low', 'count_best', 'count_high', 'unit',
        'persons_low', 'persons_best', 'persons_high', 'count_phrase', 'vague', 'places', 'place_mentions', 'place_ids',
        'place_precision', 'admin1', 'admin1_basis', 'latitude', 'longitude', 'period_start', 'period_end', 'date_precision', 'time_phrase', 'date_basis',
        'cumulative', 'certainty', 'hedge', 'reported_by', 'quote', 'sentence_index', 'char_start', 'char_end', 'figure_start', 'figure_end', 'published',
      ].sort(),
    );
  });
});

describe('point events in facts', () => {
  it('a capture "since X" is dated at X; a running count of captures runs to R', () => {
    const [capture, count] = normalizeArticle(
      [
        fact({ kind: 'territory', category: 'captured', group: '', quantity: null, unit: '', time_phrase: 'since 2014', sentence_index: 0 }),
        fact({
          kind: 'territory', category: 'captured', group: '', quantity: { value: 12, vague_word: '', modifier: '' }, unit: 'places',
          time_phrase: 'since March 3', sentence_index: 1,
        }),
      ],
      article({ published: '2018-03-10' }),
      gz,
    ).facts;
    expect([capture!.period_start, capture!.period_end]).toEqual(['2014-01-01', '2014-12-31']);
    expect([count!.period_start, count!.period_end]).toEqual(['2018-03-03', '2018-03-10']);
  });
});
