/**
 * Speed (issues 9 and 12), same answers: the noun a figure counts (nouns.ts `readHead`) and whether it counts anything
 * (filters.ts `isNotACount`) are read once in an article, though the figure finder, the frame finder and the readers
 * of parts each ask; a new article reads them anew; each caller gets an answer of its own. The head reader measures a
 * party's size first (party-size.ts) at each reading, and the count filter asks first whether the figure is a date or
 * year (numbers.ts): the test counts those. Sentences written for this test (wire, situation report, monitor,
 * encyclopedic).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const measured: string[] = [];
vi.mock('../src/party-size.ts', async (original) => {
  const real = await original<typeof import('../src/party-size.ts')>();
  return { ...real, partySize: (after: string) => (measured.push(after), real.partySize(after)) };
});
const judged: string[] = [];
vi.mock('../src/numbers.ts', async (original) => {
  const real = await original<typeof import('../src/numbers.ts')>();
  return { ...real, isDateOrYear: (s: string, q: import('../src/numbers.ts').QuantityHit) => (judged.push(s), real.isDateOrYear(s, q)) };
});
const { readHead } = await import('../src/nouns.ts');
const { isNotACount } = await import('../src/filters.ts');
const { findQuantities } = await import('../src/numbers.ts');
const { forgetArticleTexts } = await import('../src/text.ts');

beforeEach(() => forgetArticleTexts());

/** The first figure of a sentence and how many times its head was read for two askings. */
function readingsForTwoAsks(s: string): number {
  const q = findQuantities(s)[0]!;
  measured.length = 0;
  readHead(s, q);
  readHead(s, { ...q });
  return measured.filter((m) => s.endsWith(m)).length;
}

describe("a figure's head is read once in an article", () => {
  it.each([
    ['wire', 'Gunmen killed 14 villagers in Zamfara state on Tuesday, police said.'],
    ['situation report', 'Some 2,300 households were displaced from Kalehe territory last week.'],
    ['monitor', 'The Observatory documented the deaths of 31 civilians, including 9 children.'],
    ['encyclopedic', 'By March 2016, about 400 government soldiers had been killed in the siege.'],
  ])('%s: two askings, one reading, the same answer', (_genre, s) => {
    const q = findQuantities(s)[0]!;
    const fresh = readHead(s, q);
    forgetArticleTexts();
    expect(readingsForTwoAsks(s)).toBe(1);
    expect(readHead(s, q)).toEqual(fresh);
  });

  it('reads another figure of the same sentence, and the same figure in another sentence, anew', () => {
    const s = 'Airstrikes killed 9 fighters and 3 civilians near Marib, the ministry said.';
    const [a, b] = findQuantities(s);
    expect(readHead(s, a!)?.group).not.toBe(readHead(s, b!)?.group);
    const other = 'Airstrikes killed 9 soldiers near Marib.';
    expect(readHead(other, findQuantities(other)[0]!)?.noun).toBe('soldiers');
  });

  it('gives each caller its own answer, and reads again once a new article starts', () => {
    const s = 'Shelling wounded 17 women in Kherson on Sunday.';
    const q = findQuantities(s)[0]!;
    const first = readHead(s, q)!;
    first.group = 'isis_fighters';
    expect(readHead(s, q)!.group).toBe('women');
    measured.length = 0;
    forgetArticleTexts();
    readHead(s, q);
    expect(measured.filter((m) => s.endsWith(m))).toHaveLength(1);
  });
});

describe('whether a figure counts is judged once in an article', () => {
  it.each([
    ['wire', 'Gunmen killed 14 villagers in Zamfara state on 12 March 2024, police said.'],
    ['situation report', 'Some 2,300 households were displaced over three days in Kalehe territory.'],
    ['monitor', 'The Observatory documented 31 deaths among children aged 12 and under.'],
    ['encyclopedic', 'The siege lasted 74 days and about 400 soldiers were killed.'],
  ])('%s: every figure judged once, the same answer as a fresh judgement', (_genre, s) => {
    const figures = findQuantities(s);
    const fresh = figures.map((q) => isNotACount(s, q));
    forgetArticleTexts();
    judged.length = 0;
    const first = figures.map((q) => isNotACount(s, q));
    const once = judged.filter((t) => t === s).length;
    const again = figures.map((q) => isNotACount(s, { ...q }));
    expect(once).toBeGreaterThan(0);
    expect(judged.filter((t) => t === s)).toHaveLength(once);
    expect(first).toEqual(fresh);
    expect(again).toEqual(fresh);
  });

  it('judges the same figure anew in a new article, and another figure of the same sentence on its own', () => {
    const s = 'In 2019, shelling killed 7 people in Idlib.';
    const [year, count] = findQuantities(s);
    expect([isNotACount(s, year!), isNotACount(s, count!)]).toEqual([true, false]);
    forgetArticleTexts();
    judged.length = 0;
    isNotACount(s, count!);
    expect(judged.filter((t) => t === s).length).toBeGreaterThan(0);
  });
});
