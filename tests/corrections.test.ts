/**
 * The analyst in the loop, end to end: a corrections folder beside the input corrects a count, rejects a fact, adds a
 * missed fact and adds a place alias; every run (all stages, or normalize and aggregate again) shows the corrections
 * with their provenance; a correction whose sentence was removed is reported stale and touches nothing else.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASUALTIES_TIMELINE, CORRECTIONS_APPLIED, EVENTS, FACTS, PLACE_MENTIONS } from '@frontline/schema';
import { readCsv } from '@frontline/io';
import { pipeline } from './cli.ts';

const ARTICLE = `---
title: Fighting spreads in southern Idlib
published: 2019-06-10
---
Fighting spreads in southern Idlib

Air strikes killed 12 civilians in Saraqib on Sunday, the Syrian Observatory for Human Rights said.

About 3,000 families fled Khan Shaykhun over the past week, the UN said.

Government forces captured Tell Zawiyat on Saturday, state media reported.

Rescuers pulled 5 bodies from the rubble in Saraqib on Monday.

Thousands remain in open fields near the town.
`;
const MISSED = 'Thousands remain in open fields near the town.';
const REJECTED_SENTENCE = 'Rescuers pulled 5 bodies from the rubble in Saraqib on Monday.';

const base = mkdtempSync(join(tmpdir(), 'frontline-corrections-'));
const input = join(base, 'in');
const out = join(base, 'out');
const folder = join(base, 'corrections'); // beside the input: found without --corrections
const table = (schema: typeof FACTS, file: string) => readCsv(schema, join(out, file));
const run = (...args: string[]) => {
  const r = pipeline(...args, '--out', out);
  expect(r.status, r.stderr).toBe(0);
  return r;
};
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\n') + '\n';
/** Each test runs the whole pipeline once or twice, in a child process. */
const SLOW = 300_000;
const byPhrase = (phrase: string) => table(FACTS, 'facts.csv').find((f) => f.count_phrase === phrase)!;

describe('corrections', () => {
  let keys: Record<string, string>;
  beforeAll(() => {
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'report.txt'), ARTICLE);
    run('all', '--input', input);
    // The premises: the figures to correct are read, the missed one is not, the place is unresolved.
    keys = { twelve: byPhrase('12').fact_key as string, five: byPhrase('5').fact_key as string };
    expect(keys.twelve).toMatch(/^[0-9a-f]{16}$/);
    expect(table(FACTS, 'facts.csv').some((f) => f.quote === MISSED)).toBe(false);
    const capture = table(FACTS, 'facts.csv').find((f) => f.kind === 'territory')!;
    expect(capture.places).toEqual([]);
    expect(capture.confidence_reasons).toContain('place_unresolved');
    const who = ['who', 'when', 'why'];
    mkdirSync(folder);
    writeFileSync(join(folder, 'change.csv'), csv([['id', 'fact_key', 'field', 'value', ...who], ['c-count', keys.twelve, 'count', '14', 'A. Analyst', '2026-11-30', 'the monitor revised the toll']]));
    writeFileSync(join(folder, 'reject.csv'), csv([['id', 'fact_key', ...who], ['c-reject', keys.five, 'A. Analyst', '2026-11-30', 'bodies recovered, not a new incident']]));
    writeFileSync(join(folder, 'add.csv'), csv([
      ['id', 'article_id', 'sentence', 'figure', 'kind', 'category', 'count', 'unit', 'place', 'period', ...who],
      ['c-add', 'report', MISSED, 'Thousands', 'displacement', 'idps_stock', '2000', 'persons', 'C3916', '2019-06-10', 'B. Coder', '2026-11-30', 'stock of displaced missed'],
    ]));
    writeFileSync(join(folder, 'places.csv'), csv([['id', 'alias', 'place_id', ...who], ['c-place', 'Tell Zawiyat', 'C8431', 'B. Coder', '2026-11-30', 'local spelling of Tal Al dweer']]));
    run('all', '--input', input);
  }, SLOW);

  const expectCorrected = () => {
    const facts = table(FACTS, 'facts.csv');
    const twelve = facts.find((f) => f.fact_key === keys.twelve)!;
    expect(twelve).toMatchObject({ count_best: 14, persons_best: 14, reviewed: true, corrected_by: ['c-count'], original_values: ['count: 12 [c-count]'] });
    expect(facts.some((f) => f.fact_key === keys.five)).toBe(false);
    const added = facts.find((f) => f.quote === MISSED)!;
    expect(added).toMatchObject({ category: 'idps_stock', count_best: 2000, place_ids: ['C3916'], period_end: '2019-06-10', reviewed: true, corrected_by: ['c-add'] });
    const capture = facts.find((f) => f.kind === 'territory')!;
    expect(capture).toMatchObject({ place_ids: ['C8431'], reviewed: true, corrected_by: ['c-place'] });
    expect(capture.confidence_reasons).not.toContain('place_unresolved');
    expect(table(PLACE_MENTIONS, 'place_mentions.csv').find((m) => m.mention === 'Tell Zawiyat')!.reason).toContain('correction c-place');
    const applied = table(CORRECTIONS_APPLIED, 'corrections_applied.csv');
    expect(applied.map((a) => [a.correction_id, a.status, a.who])).toEqual([
      ['c-place', 'applied', 'B. Coder'], ['c-reject', 'applied', 'A. Analyst'], ['c-count', 'applied', 'A. Analyst'], ['c-add', 'applied', 'B. Coder'],
    ]);
    expect(table(EVENTS, 'events.csv').find((e) => (e.fact_ids as string[]).includes(twelve.fact_id as string))).toMatchObject({ reviewed: true, corrected_by: ['c-count'] });
    expect(table(CASUALTIES_TIMELINE, 'casualties_timeline.csv').find((r) => r.fact_id === twelve.fact_id)).toMatchObject({ persons_best: 14, corrected_by: ['c-count'] });
  };

  it('shows every correction with its provenance after a full run', expectCorrected);

  it('applies them again, byte for byte, when only normalize and aggregate run again', () => {
    const before = readFileSync(join(out, 'facts.csv'), 'utf8');
    // A stage run alone finds the corrections beside the --input it is given (or through --corrections).
    run('normalize', '--input', input);
    run('aggregate', '--corrections', folder);
    expect(readFileSync(join(out, 'facts.csv'), 'utf8')).toBe(before);
    expectCorrected();
  }, SLOW);

  it('reports a correction whose sentence was removed as stale, and applies it to nothing else', () => {
    writeFileSync(join(input, 'report.txt'), ARTICLE.replace(`${REJECTED_SENTENCE}\n`, 'Rescuers searched the rubble in Saraqib on Monday.\n'));
    const r = run('all', '--input', input);
    expect(r.stderr).toMatch(/reject\.csv:2 c-reject stale: no fact has this key/);
    const applied = table(CORRECTIONS_APPLIED, 'corrections_applied.csv');
    expect(applied.find((a) => a.correction_id === 'c-reject')).toMatchObject({ status: 'stale', fact_ids: [] });
    expect(applied.find((a) => a.correction_id === 'c-count')!.status).toBe('applied');
    const facts = table(FACTS, 'facts.csv');
    expect(facts.filter((f) => (f.corrected_by as string[]).includes('c-reject'))).toEqual([]);
    expect(facts.filter((f) => f.kind === 'casualty').map((f) => f.count_best)).toEqual([14]); // the edited sentence gives none, and the rejection touches no other fact
  }, SLOW);

  it('lists a bad row with its line and reason, and still applies the good ones', () => {
    writeFileSync(join(folder, 'change.csv'), csv([
      ['id', 'fact_key', 'field', 'value', 'who', 'when', 'why'],
      ['c-bad', keys.twelve, 'colour', 'red', 'A. Analyst', 'yesterday', 'x'],
      ['c-count', keys.twelve, 'count', '14', 'A. Analyst', '2026-11-30', 'the monitor revised the toll'],
    ]));
    const r = run('all', '--input', input);
    expect(r.stderr).toMatch(/change\.csv:2 c-bad invalid: when is not an ISO date \(YYYY-MM-DD\); field Invalid option/);
    expect(table(FACTS, 'facts.csv').find((f) => f.fact_key === keys.twelve)!.count_best).toBe(14);
  }, SLOW);
});

describe('merging and splitting events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-events-'));
  const [inDir, outDir, fixes] = [join(dir, 'in'), join(dir, 'out'), join(dir, 'corrections')];
  const runHere = (...args: string[]) => {
    const r = pipeline('all', '--input', inDir, '--out', outDir, ...args);
    expect(r.status, r.stderr).toBe(0);
    return r;
  };
  const read = (schema: typeof FACTS, file: string) => readCsv(schema, join(outDir, file));

  it('makes the events of the facts a merge names one event, and reports a merge naming a removed fact as stale', () => {
    mkdirSync(inDir, { recursive: true });
    writeFileSync(join(inDir, 'sitrep.txt'), 'Shelling spreads in Idlib\n\nShelling killed 7 civilians in Ariha on Monday, the UN said.\n\nAir strikes killed 9 civilians in Saraqib on Tuesday, the UN said.\n');
    runHere();
    const facts = read(FACTS, 'facts.csv');
    const [seven, nine] = ['7', '9'].map((phrase) => facts.find((f) => f.count_phrase === phrase)!);
    const eventOf = (fact: Record<string, unknown>) => read(EVENTS, 'events.csv').filter((e) => (e.fact_ids as string[]).includes(fact.fact_id as string));
    expect(eventOf(seven)[0].event_id).not.toBe(eventOf(nine)[0].event_id); // two places, two days: two events
    mkdirSync(fixes);
    writeFileSync(join(fixes, 'events.csv'), csv([
      ['id', 'action', 'fact_keys', 'who', 'when', 'why'],
      ['e-merge', 'merge', `${seven.fact_key};${nine.fact_key}`, 'A. Analyst', '2026-11-30', 'one bombardment reported by place'],
      ['e-gone', 'merge', `${seven.fact_key};0123456789abcdef`, 'A. Analyst', '2026-11-30', 'a sentence since removed'],
    ]));
    runHere();
    const merged = eventOf(seven);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ n_facts: 2, reviewed: true });
    expect(merged[0].fact_ids).toEqual([seven.fact_id, nine.fact_id].sort());
    expect(merged[0].corrected_by).toContain('e-merge');
    const applied = read(CORRECTIONS_APPLIED, 'corrections_applied.csv');
    expect(applied.map((a) => [a.correction_id, a.action, a.status])).toEqual([['e-merge', 'merge_events', 'applied'], ['e-gone', 'merge_events', 'stale']]);
  }, SLOW);
});

describe('actor and source aliases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-aliases-'));
  const [inDir, outDir, fixes] = [join(dir, 'in'), join(dir, 'out'), join(dir, 'corrections')];
  const runHere = () => {
    const r = pipeline('all', '--input', inDir, '--out', outDir);
    expect(r.status, r.stderr).toBe(0);
  };
  const capture = () => readCsv(FACTS, join(outDir, 'facts.csv')).find((f) => f.kind === 'territory')!;

  it("give the named actor to a fact whose actor as written holds the alias, and the named source to its reporter", () => {
    mkdirSync(inDir, { recursive: true });
    writeFileSync(join(inDir, 'wire.txt'), 'Fighting in the east\n\nThe army captured the village of Zelmora on Saturday, the Zelmora local council said.\n');
    runHere();
    expect(capture()).toMatchObject({ actor_text: 'army', actor_name: 'government forces', reported_by: ['Zelmora local council'] });
    mkdirSync(fixes);
    const who = ['C. Coder', '2026-11-30'];
    writeFileSync(join(fixes, 'actors.csv'), csv([['id', 'alias', 'name', 'who', 'when', 'why'], ['a-army', 'army', 'Sudanese Armed Forces', ...who, 'the war is in Sudan']]));
    writeFileSync(join(fixes, 'sources.csv'), csv([['id', 'alias', 'name', 'who', 'when', 'why'], ['s-council', 'local council', 'Zelmora Emergency Committee', ...who, "the council's own name"]]));
    runHere();
    expect(capture()).toMatchObject({ actor: 'government', actor_name: 'Sudanese Armed Forces', reported_by: ['Zelmora Emergency Committee'], reviewed: true });
    expect(capture().corrected_by).toEqual(['a-army', 's-council']);
    expect(capture().original_values).toEqual(['actor: government forces [a-army]', 'reported_by: Zelmora local council [s-council]']);
  }, SLOW);
});
