/**
 * "Five days later, a bomb killed seven soldiers in Idlib, and two weeks later, five soldiers were killed at a
 * checkpoint": a counted step that opens a later clause of its own ("and two weeks later, <clause with its verb>")
 * dates that clause's figures, never the figures told before it, which keep the sentence's first step. Sentences
 * written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './dated-text.ts';

const PAGE = (title: string, body: string) => `${title}\n\nThe ${title} was a campaign of the war.\n\n## Timeline\n${body}`;

const periodOf = (text: string, value: number) =>
  facts(text).filter((f) => f.kind === 'casualty' && f.count_best === value).map((f) => [f.period_start, f.period_end]);

describe('a step opening a later clause dates only that clause', () => {
  it.each([
    ['Syria', PAGE('Idlib clashes (2012)', 'Three soldiers were killed on 6 June. Five days later, a bomb exploded in Idlib city killing seven soldiers, ' +
      'and two weeks later, five soldiers were killed when a car bomb exploded at their checkpoint.'), 7, '2012-06-11', 5, '2012-06-25'],
    ['Somalia', PAGE('Jubba offensive (2019)', 'On 3 March, the army entered Jilib. Two days later, a roadside bomb exploded near Jamame killing nine soldiers, ' +
      'and a week later, four civilians were killed by mortar fire in Kismayo.'), 9, '2019-03-05', 4, '2019-03-12'],
    ['Nigeria', PAGE('Borno campaign (2015)', 'On 10 January, insurgents attacked Baga. The next day, gunmen raided Doron Baga killing 23 villagers, ' +
      'and three days later, 16 soldiers were killed in an ambush near Monguno.'), 23, '2015-01-11', 16, '2015-01-14'],
  ])('%s', (_war, text, first, firstDay, second, secondDay) => {
    expect(periodOf(text, first)).toEqual([[firstDay, firstDay]]);
    expect(periodOf(text, second)).toEqual([[secondDay, secondDay]]);
  });
});
