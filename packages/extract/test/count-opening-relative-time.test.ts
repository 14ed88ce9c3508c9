/**
 * A sentence that opens with a count of time from an event ("Nine months after clashes ... broke out in mid-August,
 * 40,000 have fled"): the event's date is not the figure's, so the whole phrase, capitalised count and all, is the
 * figure's time, and normalize dates it by the report. Sentences written for the rule (Mali, Yemen, Ethiopia, Gaza).
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const times = (s: string) => extract(s).map((f) => brief(f).time);

describe('a capitalised count of time opening a sentence keeps its anchor', () => {
  it('months after an outbreak named with its bracketed acronyms (OCHA, Mali)', () => {
    const text = 'OCHA Mali: Flash Update\nNine months after clashes between the national army (FAMa) and the armed coalition (CSP) broke out in mid-August, more than 40,000 people have fled Ménaka region.';
    expect(times(text)).toEqual(['Nine months after clashes between the national army (FAMa) and the armed coalition (CSP) broke out in mid-August']);
  });

  it('a year after a named month (IOM, Yemen)', () => {
    const text = 'IOM Yemen: Rapid Displacement Tracking\nOne year after the offensive on Marib began in February, some 20,000 households have been displaced within the governorate.';
    expect(times(text)).toEqual(['One year after the offensive on Marib began in February']);
  });

  it('weeks after a dated outbreak (UNRWA, Gaza; Ethiopia)', () => {
    const gaza = 'UNRWA Situation Report\nSeven weeks after hostilities escalated on 7 October, about 1.7 million people are displaced across Gaza.';
    expect(times(gaza)).toEqual(['Seven weeks after hostilities escalated on 7 October']);
    const ethiopia = 'OCHA Ethiopia: Situation Report\nSeveral weeks after fighting spread to Afar in July, 76,000 people have been displaced in the region.';
    expect(times(ethiopia)).toEqual(['Several weeks after fighting spread to Afar in July']);
  });
});
