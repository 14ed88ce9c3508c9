/**
 * Speed (issue 9), same answers: a sentence with a colon, a dash or "including" is tagged for its lead's category only
 * when two members of a list of figures with their places follow ("14,000 in Kalehe, 9,500 in Kabare"); a lead before
 * anything else is not tagged, and a real list still gives one fact per member. Sentences written for this test
 * (situation reports, monitors, wires; DR Congo, Sudan, Yemen, Ukraine); none comes from the corpus.
 */
import { describe, expect, it, vi } from 'vitest';

const tagged: string[] = [];
vi.mock('@frontline/nlp', async (original) => {
  const real = await original<typeof import('@frontline/nlp')>();
  return { ...real, tokenize: (s: string) => (tagged.push(s), real.tokenize(s)) };
});
const { leadPlaceLists } = await import('../src/lead-place-list.ts');
const { findPlaces } = await import('../src/places.ts');
type Draft = Parameters<typeof leadPlaceLists>[1][number];

/** How many leads were tagged while `s` was read, and the figures and places of the drafts it gives. */
function read(s: string) {
  const drafts: Draft[] = [];
  tagged.length = 0;
  leadPlaceLists(s, drafts, findPlaces(s));
  // The lead is the sentence's words before its colon, dash or "including": a start of the sentence.
  return { leadsTagged: tagged.filter((t) => t.length > 0 && s.startsWith(t)).length, drafts: drafts.map((d) => [d.quantity?.value, d.places.map((p) => p.text)]) };
}

describe('a lead is tagged only when a list of figures by place follows it', () => {
  it.each([
    ['a colon before a clause (wire, Ukraine)', 'The governor gave the news on Telegram: the strikes hit a power plant near the city.'],
    ['"including" before names of groups (monitor, Sudan)', 'Several armed groups signed the statement, including the SPLM-N and two militias.'],
    ['a dash before a quotation (outlet, Yemen)', 'One resident summed up the week — nobody sleeps any more in Hodeidah.'],
    ['one member only (situation report, DR Congo)', 'New arrivals were recorded in one territory: 14,000 in Kalehe.'],
  ])('%s', (_case, s) => {
    const { leadsTagged, drafts } = read(s);
    expect(leadsTagged).toBe(0);
    expect(drafts).toEqual([]);
  });

  it.each([
    ['"N in X" members (situation report, DR Congo)', 'New arrivals were recorded in three territories: 14,000 in Kalehe, 9,500 in Kabare and 3,200 in Idjwi.', [[14000, ['Kalehe']], [9500, ['Kabare']], [3200, ['Idjwi']]]],
    ['"X (N)" members (situation report, Sudan)', 'Displacement continued towards the east: Kassala (61,000), Gedaref (38,500) and Sennar (12,000).', [[61000, ['Kassala']], [38500, ['Gedaref']], [12000, ['Sennar']]]],
  ])('%s', (_case, s, expected) => {
    const { leadsTagged, drafts } = read(s);
    expect(leadsTagged).toBeGreaterThan(0);
    expect(drafts).toEqual(expected);
  });
});
