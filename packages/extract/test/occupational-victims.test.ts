/**
 * Who the victims are by their occupation (issue 9, round grp1): villagers and shopkeepers are civilians, as farmers
 * and traders are (data/person-nouns.csv). Sentences written for the rule (wire, monitor, situation report; Nigeria,
 * Ukraine, Myanmar); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const groups = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed' || f.category === 'injured').map((f) => [f.category, f.value, f.group]);

describe('occupational victims', () => {
  it('villagers killed by gunmen are civilians (Nigeria, wire)', () => {
    expect(groups('Gunmen on motorcycles killed 14 villagers in Zamfara state on Sunday, police said.')).toEqual([['killed', 14, 'civilians']]);
  });

  it('villagers killed in an air strike are civilians (Myanmar, monitor)', () => {
    expect(groups('At least six villagers were killed when junta jets bombed Let Yet Kone on 3 March, the monitor recorded.')).toEqual([['killed', 6, 'civilians']]);
  });

  it('shopkeepers killed by shelling are civilians (Ukraine, situation report)', () => {
    expect(groups('On 12 May, three shopkeepers were killed when shelling hit the central market in Kherson city.')).toEqual([['killed', 3, 'civilians']]);
  });
});
