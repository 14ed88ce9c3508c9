/**
 * A saying dated by its weekday and its date together ("officials said on Thursday, 14 March 2024") is the writer's
 * day: the report is of that day, and the bare weekdays it names are days of the week before it, not days after the
 * date (published.ts, `sayingDay`). An event so dated ("an air strike on Sunday, 4 August") is no saying: a later
 * "said on Tuesday" still moves the report past it.
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { reportDayVerbForms } from '@frontline/schema';
import { file } from './helpers.ts';

const ingest = (text: string) => ingestFiles([file('p.txt', text)]).articles[0]!;

describe('a saying written with its weekday and date', () => {
  it.each([
    // wire copy, Sudan: a later bare weekday is the Tuesday before the saying
    ['RSF raid on Darfur market\n\nParamilitary fighters killed at least 40 people in a market in North Darfur, local officials said on Thursday, 14 March 2024.\n\nThe RSF stormed Kutum on Tuesday, killing 12 civilians, a resistance committee said.', '2024-03-14'],
    // regional outlet, Myanmar: the weekday's date in brackets
    ['Resistance takes Kawlin\n\nA spokesman for the resistance told reporters on Friday (12 April 2024) that fighters had taken Kawlin.\n\nAir strikes on Wednesday killed 9 villagers in Sagaing Region, residents said.', '2024-04-12'],
    // monitor, Yemen: the day written American style
    ['Clashes near Marib\n\nAt least 22 fighters were killed in clashes south of Marib, the monitor reported Monday, October 11, 2021.\n\nOn Saturday, Houthi forces shelled Al-Abdiya, killing 3 civilians.', '2021-10-11'],
  ])('is the writer\'s day: %#', (text, day) => {
    const a = ingest(text);
    expect([a.published, a.published_precision]).toEqual([day, 'day']);
    expect(a.published_evidence).toMatch(/is the day of a saying written with its weekday/);
  });

  it('is not an event dated with its weekday: a later saying moves the report on', () => {
    // wire copy, Ukraine: the strike is of Sunday 4 August, the saying of the Tuesday after it
    const a = ingest('Strike on Kharkiv\n\nPolice said on Tuesday that a missile strike had killed 11 people in Kharkiv on Sunday, 4 August 2024.');
    expect(a.published).toBe('2024-08-06');
  });

  it('is not a weekday that is not the date\'s own', () => {
    // UN situation report, DR Congo: 14 March 2024 was a Thursday, not a Monday
    const a = ingest('North Kivu flash update\n\nThe provincial authorities said on Monday, 14 March 2024, that 5,000 people had fled Sake. Shelling on Friday hit the camps.');
    expect(a.published_evidence).not.toMatch(/a saying written with its weekday/);
  });
});

describe('the verbs that date a report are the rows of saying-verbs.csv marked report_day', () => {
  const forms = reportDayVerbForms();

  it('reads the finite forms, not the base form that is also a noun', () => {
    expect(forms).toEqual(expect.arrayContaining(['said', 'told', 'reported', 'announced', 'stated']));
    expect(forms).not.toContain('report');
  });

  // think-tank assessment, Sahel: each form in the same sentence, 9 May 2024 a Thursday
  it.each(forms)('"%s" with its weekday and date is the writer\'s day', (verb) => {
    const a = ingest(`Attacks near Djibo\n\nThe regional governor ${verb} on Thursday, 9 May 2024, that 30 soldiers were killed near Djibo.\n\nOn Monday, jihadists attacked Arbinda.`);
    expect(a.published_evidence).toMatch(/is the day of a saying written with its weekday/);
  });

  it('leaves a verb of counting, whose date is the event\'s (UN situation report, Ethiopia)', () => {
    const a = ingest('Flash update: Amhara\n\nPartners recorded on Thursday, 9 May 2024, that 3,000 people had fled Lalibela. Clashes on Monday hit Woldia.');
    expect(a.published_evidence).not.toMatch(/a saying written with its weekday/);
  });
});
