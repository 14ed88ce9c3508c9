/**
 * A village found only by a loose key outside every admin1 area the headline and lead name is a namesake of a place
 * the packs lack: left unresolved, and no context for its neighbours, so the lead's area places the facts. Invented
 * articles; "Pale" is loosely Kayin's "Pulei" while the township of that name lies in Sagaing.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const sagaing = mention('Sagaing', { feature_hint: 'area', admin_hint: 'Sagaing', near: true });

function run(lead: ReturnType<typeof mention>[], text: string) {
  const context = { paragraph: [], lead, between: [] };
  const facts = [
    fact({ place_mentions: [mention('Pale')], place_context: context }),
    fact({ place_mentions: [], place_context: { ...context, paragraph: [mention('Pale')] } }),
  ];
  return normalizeArticle(facts, article(), gz, { text });
}

describe('a loose namesake outside the lead\'s area', () => {
  it('outlet, Myanmar: the lead names Sagaing region', () => {
    const out = run([sagaing, mention('Pale')], 'Air strikes in Myanmar\'s Sagaing region killed three people in Pale township.');
    expect(out.facts.map((f) => [f.places, f.admin1])).toEqual([
      [[], ['Sagaing Region']],
      [[], ['Sagaing Region']],
    ]);
    expect(out.unresolved[0]!.reason).toMatch(/^a loose namesake outside the lead's Sagaing Region/);
  });

  it('a lead that names no area leaves the loose match as it was', () => {
    const out = run([mention('Pale')], 'Air strikes in Myanmar killed three people in Pale township.');
    expect(out.facts[0]!.admin1).toEqual(['Kayin State']);
  });
});
