/**
 * Speed (issues 9 and 12), same answers: a sentence's raw reporter phrases (attribution.ts `explicitPhrases`) are read
 * once while the story names no new place. A heading is read twice (`heading`, then `read`); the answer depends on
 * the places the story has named (a place "recorded" figures, no source did), so a place named in between reads the
 * sentence again. The test counts runs of the headline-speaker pattern, which every reading tries first. Headings
 * written for this test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';

const HEADLINE = String.raw`^\s*([^:]{2,60}):\s`;
const REAL_EXEC = RegExp.prototype.exec;
afterEach(() => {
  RegExp.prototype.exec = REAL_EXEC;
});

/** How many times `work` reads a sentence's reporter phrases, and what it returns. */
function readings<T>(work: () => T): { readings: number; result: T } {
  let n = 0;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    if (this.source === HEADLINE) n++;
    return REAL_EXEC.call(this, text);
  };
  const result = work();
  RegExp.prototype.exec = REAL_EXEC;
  return { readings: n, result };
}

const HEADINGS = [
  ['sitrep', 'Displacement (source: Shelter Cluster)'],
  ['monitor', 'Civilian deaths in Kasai, according to the Kinshasa Rights Observatory'],
  ['outlet', 'Casualties per the regional health bureau'],
];

describe('reporter phrases read once a sentence', () => {
  it.each(HEADINGS)('%s: a heading read twice is read once, with the same sources', (_genre, heading) => {
    const once = readings(() => {
      const memory = new SourceMemory();
      memory.heading(heading);
      return memory.read(heading);
    });
    expect(once.readings).toBe(1);
    const fresh = new SourceMemory();
    expect(once.result).toEqual(fresh.read(heading));
  });

  it('reads the heading again once the story has named a place', () => {
    const twice = readings(() => {
      const memory = new SourceMemory();
      memory.heading('Casualties recorded by Lubero (district health office)');
      memory.knowPlaces(['Lubero']);
      return memory.read('Casualties recorded by Lubero (district health office)');
    });
    expect(twice.readings).toBe(2);
  });
});
