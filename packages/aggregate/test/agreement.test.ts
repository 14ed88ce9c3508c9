import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { withAgreement } from '../src/agreement.ts';
import { RangeIndex } from '../src/range-index.ts';
import { makeFact } from '../../../tests/fixtures/facts.ts';
import { seeded, pick } from './random.ts';

type Linked = Fact & { event_id: string };
const fact = (id: string, low: number | null, high: number | null, reporters: string[] = [], event = 'E1'): Linked => ({
  ...makeFact({ fact_id: id, count_low: low, count_best: low, count_high: high, reported_by: reporters }),
  event_id: event,
});
const codes = (facts: Linked[]) => withAgreement(facts).map((f) => f.confidence_reasons.filter((r) => r === 'corroborated' || r === 'disagrees').join(''));

/** The definition, one pair at a time: what the index must answer for every fact. */
function pairwise(facts: Linked[]): string[] {
  const overlap = (a: Fact, b: Fact) =>
    a.count_low === null || b.count_low === null || (b.count_low <= (a.count_high ?? a.count_low) && a.count_low <= (b.count_high ?? b.count_low));
  const otherSource = (a: Fact, b: Fact) =>
    a.article_id !== b.article_id && (a.reported_by.length === 0 || b.reported_by.length === 0 || !a.reported_by.some((r) => b.reported_by.includes(r)));
  return facts.map((f) => {
    const others = facts.filter((o) => o.event_id === f.event_id && otherSource(f, o));
    if (!others.length) return '';
    return others.some((o) => overlap(f, o)) ? 'corroborated' : 'disagrees';
  });
}

describe('agreement between sources within an event', () => {
  it('counts neither the same article nor the same reporter as a second source', () => {
    expect(codes([fact('a:1:0', 10, 10), fact('a:2:0', 12, 12)])).toEqual(['', '']);
    expect(codes([fact('a:1:0', 10, 10, ['OCHA']), fact('b:1:0', 10, 10, ['OCHA', 'UNHCR'])])).toEqual(['', '']);
    expect(codes([fact('a:1:0', 10, 10, ['OCHA']), fact('b:1:0', 10, 10)])).toEqual(['corroborated', 'corroborated']);
  });

  it('corroborates a figure another source’s range meets, and marks one every other source contradicts', () => {
    expect(codes([fact('a:1:0', 10, 20), fact('b:1:0', 20, 30), fact('c:1:0', 40, 50)])).toEqual(['corroborated', 'corroborated', 'disagrees']);
  });

  it('lets a fact with no count meet any range, and keeps events apart', () => {
    expect(codes([fact('a:1:0', null, null), fact('b:1:0', 500, 500)])).toEqual(['corroborated', 'corroborated']);
    expect(codes([fact('a:1:0', 10, 10, [], 'E1'), fact('b:1:0', 10, 10, [], 'E2')])).toEqual(['', '']);
  });

  it('looks past its own article when that article holds the widest range', () => {
    // a's own second figure reaches 100; only b's range (5..8) is another source's, and it does not reach 50
    expect(codes([fact('a:1:0', 50, 60), fact('a:2:0', 1, 100), fact('b:1:0', 5, 8)])).toEqual(['disagrees', 'corroborated', 'corroborated']);
  });

  it('answers as the pairwise definition does on random events', () => {
    const random = seeded(12);
    const reporters = [[], ['OCHA'], ['UNHCR'], ['OCHA', 'UNHCR'], ['SOHR']];
    for (let round = 0; round < 200; round++) {
      const facts = Array.from({ length: 1 + Math.floor(random() * 30) }, (_, i) => {
        const low = random() < 0.15 ? null : Math.floor(random() * 100);
        const high = low === null || random() < 0.3 ? low : low + Math.floor(random() * 40);
        return fact(`${pick(random, ['a', 'b', 'c', 'd'])}:${i}:0`, low, high, pick(random, reporters), pick(random, ['E1', 'E2']));
      });
      expect(codes(facts), `round ${round}`).toEqual(pairwise(facts));
    }
  });
});

describe('RangeIndex', () => {
  it('finds a range of another article that meets the question, and none past the lowest low', () => {
    const index = new RangeIndex();
    index.add(10, 20, 'a');
    index.add(30, 40, 'b');
    index.seal();
    expect(index.meets(15, 25, 'b')).toBe(true);
    expect(index.meets(15, 25, 'a')).toBe(false);
    expect(index.meets(21, 29, 'c')).toBe(false);
    expect(index.meets(0, 9, 'c')).toBe(false);
    expect(index.meets(35, 35, 'a')).toBe(true);
  });
});
