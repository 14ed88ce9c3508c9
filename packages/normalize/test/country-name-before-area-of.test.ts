/**
 * "in the northern Nigeria state of Zamfara", "the southern Mexico state of Guerrero": a country's name used as an
 * adjective before an area word and "of" is read as its possessive is (extract places.ts), so the name after "of" is
 * the place and gives the fact its admin1. Texts written for this test: a wire copy of a bandit attack (2024), a
 * regional outlet's report of a shooting (2024), an army's toll in the Sahel (2023) and a medics' toll in Sudan (2024).
 */
import { describe, expect, it } from 'vitest';
import { admin1Of, facts, on } from './dated-text.ts';

const text = (day: string, title: string, sentence: string) => on(day, [title, '', sentence].join('\n'));

const CASES: [genre: string, body: string, count: number, admin1: string][] = [
  ['wire, Nigeria', text('2024-09-03', 'Bandits attack villages', 'Gunmen killed 7 villagers in the northern Nigeria state of Zamfara on Monday, police said.'), 7, 'Zamfara State'],
  ['outlet, Mexico', text('2024-06-05', 'Shooting in a market town', 'Eleven people were killed on Tuesday in a town in the southern Mexico state of Guerrero, prosecutors said.'), 11, 'Guerrero'],
  ['army toll, Burkina Faso', text('2023-04-18', 'Attack on a post', 'Militants killed 9 soldiers in the Burkina Faso region of Sahel on Monday, the army said.'), 9, 'Sahel'],
  ['medics, Sudan', text('2024-05-14', 'Drone strikes', 'Drones killed 6 people in the Sudan state of North Darfur on Monday, medics said.'), 6, 'Northern Darfur'],
];

describe('a country name before "<area word> of X"', () => {
  it.each(CASES)('%s: X is the place and its admin1', (_genre, body, count, admin1) => {
    expect(admin1Of(facts(body), count)).toEqual([admin1]);
  });
});
