/**
 * A record's yardstick: "its largest barrage since it launched the invasion in February 2022", "the deadliest attack
 * since 2019". The "since" phrase after a superlative measures the record and dates nothing; the sentence's own day
 * ("On Friday") dates the figure (time.ts, RECORD_SINCE). Sentences written for the rule, wire and outlet copy in
 * several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const fact = (text: string, value: number) => extract(text).map(brief).find((f) => f.value === value);

describe('a superlative\'s "since" yardstick', () => {
  it.each([
    ['Ukraine', 'On Friday Russia carried out its largest drone and missile barrage on Ukraine since it launched its invasion in February 2022, sending hundreds of drones on Kyiv in an attack that killed at least two people.', 2, 'On Friday'],
    ['Syria', 'On Tuesday government aircraft carried out the heaviest raids on Idlib since the ceasefire began in March 2020, striking a market in an attack that killed 14 civilians.', 14, 'On Tuesday'],
    ['Somalia', 'On Saturday al Shabaab staged its deadliest bombing in Mogadishu since it attacked the city in October 2017, detonating two car bombs in an assault that killed 21 people.', 21, 'On Saturday'],
    ['Nigeria', 'Boko Haram fighters on Sunday launched their biggest raid on Maiduguri since the state of emergency was declared in 2013, storming a market in an attack that killed nine traders.', 9, 'on Sunday'],
  ])('%s: the day dates the figure, not the yardstick', (_war, text, value, day) => {
    const got = fact(text, value);
    expect(got).toBeDefined();
    expect(got!.time).toBe(day);
  });
});
