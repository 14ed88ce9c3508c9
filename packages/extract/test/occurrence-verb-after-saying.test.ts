/**
 * "The spokesman said the attack took place on Friday evening": a verb of occurring ("took place", "occurred",
 * "happened") between the reporting verb and the time phrase makes the phrase the reported incident's day, not the day
 * of the saying. A lead's undated figure then takes that day. A phrase before the verb of occurring ("said on Friday
 * that the attack took place in X") still dates the saying. Every sentence is written for the rule, in several wars
 * and genres; none comes from a corpus or fresh text.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import { findTimes } from '../src/time.ts';

const lead = (text: string) => extract(text).map(brief).find((f) => f.category === 'killed')!;
const phrase = (s: string, text: string) => findTimes(s).find((t) => t.text === text)!;

describe('a time phrase after a verb of occurring in a reported clause', () => {
  it.each([
    ['The district governor said the ambush took place on Sunday night near the highway.', 'on Sunday night'],
    ['A police spokesman said the explosion occurred on Tuesday morning at a crowded market.', 'on Tuesday morning'],
    ['Residents said the raid happened on Monday before dawn.', 'on Monday'],
  ])('dates the incident: %s', (s, text) => {
    expect(phrase(s, text).reportDate).toBe(false);
  });

  it.each([
    ['The governor said on Sunday that the ambush took place near the highway.', 'on Sunday'],
    ['Officials said Tuesday the blast killed six people.', 'Tuesday'],
  ])('still dates the saying without a verb of occurring before it: %s', (s, text) => {
    expect(phrase(s, text).reportDate).toBe(true);
  });
});

describe("a lead's undated figure takes the day the next sentence says the incident occurred on", () => {
  it.each([
    ['outlet, Afghanistan', `Gunmen kill five police in Ghazni

GHAZNI: Provincial officials said insurgents have killed five policemen at a checkpoint in Andar district. A police spokesman said the attack took place on Wednesday night in a village of the district.`, 'on Wednesday night'],
    ['outlet, Nigeria', `Bandits kill 11 villagers in Zamfara

Bandits have killed 11 villagers in an attack on a community in Maru Local Government Area of Zamfara State, police said. The command's spokesman said the attack occurred on Saturday evening.`, 'on Saturday evening'],
    ['outlet, Myanmar', `Junta shelling kills three in Kayah

Artillery fire from a junta base killed three civilians in Demoso Township, a local aid group said. The group said the shelling happened on Thursday afternoon.`, 'on Thursday afternoon'],
  ])('%s', (_genre, text, day) => {
    const killed = lead(text);
    expect(killed.time).toBe('');
    expect(killed.context.at(-1)).toBe(day);
  });
});
