/**
 * The subsets of the saying verbs that single rules read (saying-verbs.csv `uses`), built from the table, not spelled
 * at each rule: a verb after one person makes the person a speaker; a verb next to a date phrase makes it the day of
 * the saying; a verb after an opening date phrase makes it the statement's day. Each form of each subset is tried.
 * Sentences written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry, readSchemaDataText, sayingVerbFormsFor, SAYING_VERBS_FILE } from '@frontline/schema';
import { findQuantities } from '../src/numbers.ts';
import { singlePersons } from '../src/single-person.ts';
import { findTimes } from '../src/time.ts';
import { extract } from './helpers.ts';

describe('saying-verbs.csv uses', () => {
  it('reads the finite forms of the marked rows, not their base form', () => {
    expect(sayingVerbFormsFor('speaker')).toEqual(expect.arrayContaining(['said', 'told', 'recounted', 'insisted', 'confirms']));
    expect(sayingVerbFormsFor('near')).toEqual(expect.arrayContaining(['quoted', 'posted', 'published']));
    expect(sayingVerbFormsFor('near')).not.toContain('report');
  });

  it('names only the known subsets', () => {
    const rows = parseRegistry(readSchemaDataText(SAYING_VERBS_FILE), SAYING_VERBS_FILE, ['verb', 'forms']);
    const known = ['speaker', 'near', 'next', 'statement', 'news-lead'];
    for (const r of rows) for (const u of (r.uses ?? '').split('|').filter(Boolean)) expect(known, r.verb).toContain(u);
  });
});

describe('a verb of saying after one person: the person speaks (wire, Ukraine)', () => {
  it.each(sayingVerbFormsFor('speaker'))('"a resident %s" is no victim', (verb) => {
    const s = `Shelling killed two children in Sumy overnight, a resident ${verb}.`;
    expect(singlePersons(s, findQuantities(s))).toEqual([]);
  });
});

describe('a verb of saying beside a date phrase: the day of the saying (UN situation report, Sudan)', () => {
  it.each(sayingVerbFormsFor('near'))('"%s on Tuesday" before the figure', (verb) => {
    const s = `The agency ${verb} on Tuesday figures showing 12 people killed in El Fasher.`;
    expect(findTimes(s).find((t) => t.text === 'on Tuesday')?.reportDate).toBe(true);
  });

  it.each(sayingVerbFormsFor('next'))('"on Tuesday %s" after the sayer', (verb) => {
    const s = `OCHA on Tuesday ${verb} that 12 people were killed in El Fasher.`;
    expect(findTimes(s).find((t) => t.text === 'on Tuesday')?.reportDate).toBe(true);
  });
});

describe('a verb of saying after an opening date: the statement ends a running total (monitor, Myanmar)', () => {
  it.each(sayingVerbFormsFor('statement'))('"On 9 June, the group %s ..."', (verb) => {
    const f = extract(`On 9 June, the rights group ${verb} that 48 civilians had been killed in Sagaing since 1 May.`).filter((x) => x.quantity?.value === 48);
    expect(f.map((x) => x.end_phrase)).toEqual(['On 9 June']);
  });
});
