import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map((f) => brief(f).reporters);

describe('a figure opening "... reported injured/missing/dead" is whom the report counts, never its reporter', () => {
  it.each([
    ['outlet subtitle, Syria', 'Shelling Kills Five in Aleppo\n\nDozens also reported injured in a wave of rocket fire on the western districts\n\nRocket fire killed five people in Aleppo on Monday.'],
    ['wire, Ukraine', 'Drones Hit Odesa\n\nScores reported wounded as drones struck the port overnight\n\nRussian drones killed 4 people in Odesa on Tuesday.'],
    ['news, Sudan', 'Attack on El Fasher Camp\n\nHundreds more reported missing after the assault on the camp\n\nThe assault killed 40 people in El Fasher on Friday.'],
  ])('%s', (_genre, text) => {
    const all = reporters(text as string);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r.some((name) => /^(?:dozens|scores|hundreds)/i.test(name))).toBe(false);
  });

  // The count of speakers is not part of who they are (counted-speakers.test.ts): the role stays, without "Two".
  it('a counted role is still a reporter ("two officials said", Iraq)', () => {
    expect(reporters('Two security officials said 9 soldiers were killed in Tikrit on Sunday.')[0]).toEqual(['security officials']);
  });
});
