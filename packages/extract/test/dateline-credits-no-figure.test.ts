/**
 * A dateline that opens the story's first sentence ("REUTERS, 25th MAY, 2017-", "AFP, 3 June 2018 - ") names the
 * agency that filed the story, not the source of its figures: the sentence's own sayer is the reporter. An agency a
 * source spoke to later in the sentence ("told AFP") still carries the figure. Texts written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reportersOf = (text: string) => extract(text).map(brief).flatMap((f) => f.reporters);

describe('the agency of a dateline credits no figure', () => {
  // Each line: the agency of its dateline, then the sayer the sentence names.
  const lines = {
    REUTERS: ['REUTERS, 14th MARCH, 2019-Gunmen killed seven soldiers near Kidal on Tuesday, an army spokesman said.', 'army'],
    AFP: ['AFP, 2 June 2021 - Shelling killed four civilians in Lysychansk overnight, the regional governor said.', 'regional governor'],
    Xinhua: ['Xinhua, 9 August 2017 - Nine policemen were killed in Ghazni province on Monday, a local official said.', 'local official'],
  };
  for (const [agency, [text, sayer]] of Object.entries(lines)) {
    it(text!, () => {
      const reporters = reportersOf(text!);
      expect(reporters).toContain(sayer);
      expect(reporters).not.toContain(agency);
    });
  }

  it('an agency a source spoke to after the dateline still carries the figure', () => {
    const text = 'AFP, 12 March 2019 - Gunmen killed 14 villagers in Mopti on Sunday, officials told AFP.';
    expect(reportersOf(text)).toEqual(expect.arrayContaining(['officials', 'AFP']));
  });

  it('a title before the dateline keeps its credit', () => {
    const text = 'Twelve killed in Marib shelling: ministry\n\nAP, 4 May 2021 - Houthi shelling killed 12 people in Marib on Monday, the health ministry said.';
    expect(reportersOf(text).length).toBeGreaterThan(0);
    expect(reportersOf(text)).not.toContain('AP');
  });
});
