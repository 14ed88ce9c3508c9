/**
 * A flattened infobox row joins the cells of its sides with spaces: "4 killed 10 wounded 40 captured", "13 dead and
 * 27 wounded 500–800 killed". Each bare figure's word is the one after it; the participle before it is the previous
 * figure's, not a verb taking it as object. Sentences written for the rule, in several wars; none comes from the corpus
 * or the fresh texts read for it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const tolls = (text: string) => extract(`Battle of Testville\n\nCasualties and losses\n${text}`).map((f) => `${f.category} ${f.quantity?.value}`);

describe('a bare figure in a flattened infobox row takes the participle after it', () => {
  it.each([
    ['Mali', '6 killed 12 wounded 30 captured', ['killed 6', 'injured 12']],
    ['Central African Republic', '9 dead and 31 wounded 300-450 killed, 600 wounded', ['killed 9', 'injured 31', 'killed 300', 'injured 600']],
    ['Yemen', '120 killed [4] 35 wounded [5]', ['killed 120', 'injured 35']],
    ['Ukraine', '47 killed 18 wounded (per the army)', ['killed 47', 'injured 18']],
    // A figure whose own word says what it counts is a cell too, and the figure before may keep its noun.
    ['DRC', 'Civilian casualties: 150+ killed 60,000 displaced', ['killed 150', 'displaced 60000']],
    ['Ethiopia', '420 civilians killed 95,000 displaced', ['killed 420', 'displaced 95000']],
  ])('%s: %s', (_war, text, expected) => expect(tolls(text)).toEqual(expected));
});

describe('a verb before a figure is still its verb in prose', () => {
  it.each([
    ['a day of the month before the verb, Syria', 'Clashes on May 12 killed 10 people, injuring 20.', ['killed 10', 'injured 20']],
    ['a participle that qualifies a noun, Sudan', 'The strike on 3 villages killed 10 wounded soldiers.', ['killed 10']],
    ['a participle that qualifies a noun after a year, Syria', 'An airstrike in 2019 killed 40 displaced people in Idlib.', ['killed 40']],
  ])('%s: %s', (_what, text, expected) => expect(extract(`Battle of Testville\n\n${text}`).map((f) => `${f.category} ${f.quantity?.value}`)).toEqual(expected));
});
