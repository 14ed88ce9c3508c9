/**
 * What a war or a bout of it has done, told in the perfect, is a running total to the report's day: "Violence by
 * jihadist groups has displaced two million people", "The fighting in the north has forced 90,000 from their homes".
 * A wire's background paragraph states it after a lead dated "on Saturday"; it is not that Saturday's toll (extract's
 * CAMPAIGN_PERFECT). Texts written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

describe('a bout told in the perfect is counted to the report day', () => {
  it.each([
    ['wire (Burkina Faso)', on('2024-08-26', 'Gunmen killed at least 40 people in an attack on a village near Djibo on Saturday, security sources said.\n\nViolence by jihadist groups has displaced more than two million people in the country, according to the United Nations.'), 2000000, '2024-08-26'],
    ['outlet (Mozambique)', on('2022-06-15', 'Insurgents beheaded three men in Ancuabe district on Sunday, residents said.\n\nThe fighting in Cabo Delgado has forced some 800,000 people from their homes, the provincial government said.'), 800000, '2022-06-15'],
    ['wire (Colombia)', on('2025-01-22', 'ELN guerrillas attacked a village in Tibú on Monday, the army said.\n\nThe violence between the ELN and FARC dissidents has displaced 32,000 people, the ombudsman said.'), 32000, '2025-01-22'],
  ])('%s', (_name, text, value, day) => {
    const f = facts(text).find((x) => x.count_best === value);
    expect([f?.cumulative, f?.period_end, f?.date_basis]).toEqual([true, day, 'publication']);
  });

  it('a bout with a day of its own keeps it', () => {
    const f = facts(on('2024-08-26', 'Fighting near Djibo killed 12 soldiers on Saturday, the army said.')).find((x) => x.count_best === 12);
    expect([f?.cumulative, f?.period_end]).toEqual([false, '2024-08-24']);
  });
});
