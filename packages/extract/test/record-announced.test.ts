/**
 * A sentence with no figure saying a source keeps a record of the dead or displaced ("X has compiled a list of the
 * dead.") announces whose figures the next sentence of its paragraph gives, when that sentence names no source of its
 * own; the fact keeps the announcing sentence's index. Sentences written for the rule (monitor, outlet, sitrep,
 * encyclopedic prose; Papua, Gaza, Sudan, Colombia, Myanmar); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../src/data.ts';
import { parseRecordKeeping, recordKeeper } from '../src/record-announced.ts';
import { extract } from './helpers.ts';

const credited = (text: string) => extract(text).map((f) => ({ reporters: f.reporter_texts, from: f.reporter_sentence }));

describe('a record announced before the figure', () => {
  it.each([
    ['monitor, Papua', 'Protests swept the highlands in October. The Papua Rights Network has compiled a list of those who died in the unrest. Clashes with security forces left 37 civilians dead within three weeks.', ['Papua Rights Network'], 1],
    ['outlet, Gaza: a pronoun saying', 'The health ministry has compiled a list of the dead. It says 212 people were killed in Khan Younis last week.', ['health ministry'], 0],
    ['sitrep, Sudan: a register of the displaced', 'The state relief commission has kept a register of the displaced. Some 4,600 families fled Tawila in May.', ['state relief commission'], 0],
    ['encyclopedic, Colombia: a fronted phrase', 'After the massacre, the Catatumbo Peasants Association had drawn up a list of victims. Gunmen killed 23 farmers in the valley.', ['Catatumbo Peasants Association'], 0],
  ])('%s', (_genre, text, who, from) => expect(credited(text)).toEqual([{ reporters: who, from }]));

  it('outlet, Papua: a title\'s figure restated after the announcement takes the keeper', () => {
    const text = '48 killed in highland riots\n\nThe unrest marked the year. The Papua Rights Network has compiled a list of those who died. Clashes with security forces resulted in a total of 48 civilian deaths within three weeks.';
    expect(credited(text)).toEqual([{ reporters: ['Papua Rights Network'], from: 2 }]);
  });
});

describe('no credit', () => {
  it('when the figure names its own source', () => {
    const text = 'Activists have put together a tally of the dead. Air strikes killed 26 people in Sagaing last week, Radio Free Asia reported.';
    expect(credited(text)).toEqual([{ reporters: ['Radio Free Asia'], from: undefined }]);
  });
  it('across a paragraph break', () => {
    expect(credited('The rights network has compiled a list of the dead.\n\nRaids left 31 villagers dead in two weeks.')).toEqual([{ reporters: [], from: undefined }]);
  });
  it('when the keeping sentence has a figure of its own', () => {
    expect(recordKeeper('The ministry has compiled a list of 40 victims.', 1)).toBeNull();
  });
  it('when the record is no list of victims ("compiled a report")', () => {
    expect(recordKeeper('The ministry has compiled a report on the fighting.', 0)).toBeNull();
  });
});

describe('record-keeping.csv', () => {
  it('holds verbs and nouns, and a broken row stops with its line', () => {
    const { verbs, nouns } = parseRecordKeeping(readDataFile('record-keeping.csv'));
    expect(verbs).toContain('compiled');
    expect(nouns).toContain('list');
    expect(() => parseRecordKeeping('word,kind,example,source\nlist,adverb,x,https://example.org\n')).toThrow(/line 2/);
  });
});
