/**
 * The dashboard's true-by-construction rules as pure functions, on rows written here: what a time chart draws and
 * what is background, the places a headline counts, the replay's steps, the refused filters, how a plotted figure
 * was derived, and the contrast of mark edges.
 */
import { describe, expect, it } from 'vitest';
import { correctionNote, derive, type RangeRules } from '../../apps/dashboard/src/lib/derivation.ts';
import { checkFilters } from '../../apps/dashboard/src/lib/filters.ts';
import { contrast, edgeColour, OKABE_ITO, PLOT_BACKGROUND, ACTOR_COLOURS, GROUP_COLOURS } from '../../apps/dashboard/src/lib/palette.ts';
import { capturesBy, changedHands, heldAt, placesBySide, placesTaken, placesTakenBy, sideName } from '../../apps/dashboard/src/lib/territory.ts';
import type { Provenance, TerritoryRow } from '../../apps/dashboard/src/lib/types.ts';
import { backgroundRows, isDrawn, replaySteps, visibleRows } from '../../apps/dashboard/src/lib/window.ts';
import { RANGE_RULES } from '../../packages/normalize/src/quantity.ts';

const WINDOW = { start: '2020-03-01', end: '2020-04-15' };

describe('time window', () => {
  it('draws a figure whose period starts in the window and lists one that starts earlier as background', () => {
    const since2011 = { start: '2011-03-01', end: '2020-04-10' };
    const lastWeek = { start: '2020-04-03', end: '2020-04-10' };
    const oldCapture = { start: '2015-09-30', end: '2015-09-30' };
    const undated = { start: '', end: '' };
    expect(isDrawn(since2011, WINDOW)).toBe(false);
    expect(isDrawn(lastWeek, WINDOW)).toBe(true);
    const rows = [since2011, lastWeek, oldCapture, undated];
    expect(visibleRows(rows, WINDOW)).toEqual([lastWeek]);
    expect(backgroundRows(rows, WINDOW)).toEqual([since2011, oldCapture, undated]);
    // A From set early enough brings the historic figure into the window.
    expect(isDrawn(since2011, { start: '2011-01-01', end: '2020-04-15' })).toBe(true);
  });

  it('replays every real day of a short window, and weeks of a long one, ending on its last day', () => {
    const days = replaySteps({ start: '2020-02-27', end: '2020-03-02' });
    expect(days).toEqual(['2020-02-27', '2020-02-28', '2020-02-29', '2020-03-01', '2020-03-02']);
    const weeks = replaySteps({ start: '2019-01-01', end: '2019-12-31' });
    expect(weeks[0]).toBe('2019-01-01');
    expect(weeks.at(-1)).toBe('2019-12-31');
    expect(weeks.length).toBeGreaterThan(50);
    expect(weeks.length).toBeLessThan(56);
    // Between the first and last, each step is a Monday a week after the one before.
    for (const d of weeks.slice(1, -1)) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(replaySteps({ start: '2020-03-02', end: '2020-03-01' })).toEqual([]);
  });
});

const prov = (id: string): Provenance => ({
  fact_id: id, article_id: 'a', article_slug: 'a', detail: 'a', published: '2020-04-01', reported_by: '', phrase: '', range_kind: '', plotted: '',
});
function capture(id: string, place: string, placeId: string, day: string, actor: string, precision = 'point', category = 'captured'): TerritoryRow {
  return {
    start: day, end: day, admin1: ['North'], reported_by: [], category, place, place_id: placeId, place_precision: precision,
    latitude: 1, longitude: 2, country: 'XX', actor, actor_name: actor, count_best: null, unit: '', n_sources: 1, prov: prov(id),
  };
}

describe('places taken', () => {
  it('counts each place once, leaves out areas and counts a place for each side that took it', () => {
    const rows = [
      capture('f1', 'Kafr Nabl', 'P1', '2020-03-05', 'government'),
      capture('f2', 'Kafr Nabl', 'P1', '2020-03-06', 'government', 'point', 'entered'),
      capture('f3', 'Kfar Nabel', 'P1', '2020-03-09', 'government'), // another spelling, same gazetteer id
      capture('f4', 'North Province', 'G1', '2020-03-07', 'government', 'governorate'),
      capture('f5', 'Tell Abyad', 'P2', '2020-03-08', 'opposition'),
      capture('f6', 'Tell Abyad', 'P2', '2020-03-20', 'government'),
      capture('f7', 'Saraqib', 'P3', '2020-03-21', 'government', 'point', 'advanced'),
    ];
    const places = placesTaken(rows);
    expect(places.map((p) => p.place)).toEqual(['Kafr Nabl', 'Tell Abyad']);
    expect(places[0].captures.map((r) => r.prov.fact_id)).toEqual(['f1', 'f2', 'f3']);
    const bySide = Object.fromEntries(placesBySide(places).map(([side, list]) => [side, list.map((p) => p.place)]));
    expect(bySide).toEqual({ government: ['Kafr Nabl', 'Tell Abyad'], opposition: ['Tell Abyad'] });
    // The sides add up to 3 for 2 places: the one place that changed hands is why, and the page says so.
    expect(changedHands(places)).toBe(1);
    expect(changedHands(places.slice(0, 1))).toBe(0);
    expect(heldAt(places[1], '2020-03-10')?.actor).toBe('opposition');
    expect(heldAt(places[1], '2020-03-25')?.actor).toBe('government');
    expect(heldAt(places[1], '2020-03-01')).toBeNull();
  });
});

describe('places taken by the replay cursor', () => {
  const rows = [
    capture('g1', 'Bara', 'S1', '2023-10-02', 'rsf'),
    capture('g2', 'Bara', 'S1', '2023-10-04', 'rsf', 'point', 'entered'),
    capture('g3', 'Bara', 'S1', '2023-11-20', 'government'),
    capture('g4', 'Um Rawaba', 'S2', '2023-11-01', 'rsf'),
  ];
  const all = placesTaken(rows);

  it('is every place taken when no capture comes after the cursor, and the same list', () => {
    expect(placesTakenBy(rows, all, '2023-11-20')).toBe(all);
    expect(placesTakenBy(rows, all, '')).toBe(all);
  });

  it('counts only the captures up to an earlier cursor, as grouping those rows does', () => {
    const early = placesTakenBy(rows, all, '2023-10-20');
    expect(early).toEqual(placesTaken(rows.filter((r) => r.start <= '2023-10-20')));
    expect(early.map((p) => p.place)).toEqual(['Bara']);
    const bara = all.find((p) => p.place === 'Bara')!;
    expect(capturesBy(bara, '2023-10-20').map((r) => r.prov.fact_id)).toEqual(['g1', 'g2']);
    expect(capturesBy(bara, '')).toHaveLength(3);
  });
});

describe('filters in the address', () => {
  const known = { admin1: ['Idlib', 'Hama'], reporters: ['UNHCR'] };
  it('refuses From later than To, and says so', () => {
    const { filters, problems } = checkFilters(new URLSearchParams('from=2018-01-10&to=2018-01-01'), known);
    expect(filters).toEqual({ from: '', to: '', admin1: '', reporter: '' });
    expect(problems).toEqual(['From 2018-01-10 is later than To 2018-01-01: the period is refused.']);
  });

  it('names every value it does not know and keeps the ones it does', () => {
    const q = new URLSearchParams('from=2018-02-30&admin1=Atlantis&reporter=UNHCR&colour=red');
    const { filters, problems } = checkFilters(q, known);
    expect(filters).toEqual({ from: '', to: '', admin1: '', reporter: 'UNHCR' });
    expect(problems).toEqual([
      'From “2018-02-30” is not a day (YYYY-MM-DD): ignored.',
      'No governorate “Atlantis” in the data: ignored.',
      'Unknown setting “colour” in the address: ignored.',
    ]);
    expect(checkFilters(new URLSearchParams('from=2018-01-01&admin1=Hama'), known).problems).toEqual([]);
  });
});

describe('derivation of a plotted figure', () => {
  const rules = RANGE_RULES as unknown as RangeRules;
  const household = { size: 5, source: 'a planning figure' };
  it('shows families × household size and the hedge rule, and calls the range inferred', () => {
    const d = derive({ phrase: 'more than 5,000', unit: 'families', vague: false, low: 5000, best: 5000, high: 5500 }, rules, household);
    expect(d.kind).toBe('inferred');
    expect(d.steps[0]).toBe('Stated: “more than 5,000” families.');
    expect(d.steps[1]).toMatch(/^Range rule for “more than” .*high 10% over the stated 5,000, so 5,000–5,500 families\.$/);
    expect(d.steps[2]).toBe('5,000–5,500 families × 5 persons each = 25,000–27,500 persons (household size 5: a planning figure).');
  });

  it('reads a vague word by its rule, an exact figure as exact, and a range no rule gives as stated', () => {
    const vague = derive({ phrase: 'tens of thousands', unit: 'persons', vague: true, low: 20000, best: 30000, high: 99999 }, rules, household);
    expect(vague.kind).toBe('inferred');
    expect(vague.steps[1]).toContain('“tens of thousands” is read as 20,000–99,999 persons, best 30,000 (at least twenty thousand, under a hundred thousand)');
    expect(derive({ phrase: '12', unit: 'persons', vague: false, low: 12, best: 12, high: 12 }, rules, household).kind).toBe('exact');
    const stated = derive({ phrase: 'between 38 and 48', unit: 'persons', vague: false, low: 38, best: 43, high: 48 }, rules, household);
    // 38–48 around 43 is also what "about 43" gives; only the words tell them apart, so a phrase without a hedge word
    // that still fits a rule is read as that rule. A range that fits none is stated.
    const odd = derive({ phrase: 'between 30 and 48', unit: 'persons', vague: false, low: 30, best: 43, high: 48 }, rules, household);
    expect(odd.kind).toBe('stated');
    expect(odd.steps[1]).toBe('Range as the text states it: 30–48 persons.');
    expect(stated.steps).toHaveLength(2);
  });
});

describe('mark colours', () => {
  it('gives every palette colour an edge with at least 3:1 contrast on the plot background and on white', () => {
    for (const c of [...OKABE_ITO, ...Object.values(ACTOR_COLOURS), ...Object.values(GROUP_COLOURS), '#999999']) {
      expect(contrast(edgeColour(c), PLOT_BACKGROUND), c).toBeGreaterThanOrEqual(3);
      expect(contrast(edgeColour(c), '#ffffff'), c).toBeGreaterThanOrEqual(3);
    }
    // Colours that already contrast enough keep their hue unchanged.
    expect(edgeColour('#0072B2')).toBe('#0072B2');
    expect(contrast(OKABE_ITO[3], '#ffffff')).toBeLessThan(3); // the yellow itself does not: hence the edges
  });
});

describe('corrected figures', () => {
  it('say which corrections changed a figure and what they replaced, and nothing for an untouched one', () => {
    expect(correctionNote(['c-count'], ['count: 12 [c-count]'])).toBe('Corrected (c-count): replaced count: 12 [c-count]');
    expect(correctionNote(['c-add'], [])).toBe('Corrected (c-add): added by a person');
    expect(correctionNote([], [])).toBe('');
  });
});

describe('side names', () => {
  it('a reader sees words, not codes: classes by their label, a foreign state by its name', () => {
    expect(sideName('government')).toBe('government forces');
    expect(sideName('isis')).toBe('ISIS');
    expect(sideName('foreign:RU')).toBe('forces of Russia');
    expect(sideName('foreign:AE')).toBe('forces of United Arab Emirates');
    expect(sideName('')).toBe('unknown side');
  });
});
