/**
 * "A witness who lives in Kramatorsk, Olena Petrenko, said ...": a role with a relative clause, then the person's name
 * in apposition, names the person as the reporter (before, the relative clause made the role unreadable and the
 * sentence had no reporter). Sentences written for this file, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map((f) => brief(f).reporters);

describe('a role with a relative clause, then a name, names the person', () => {
  it.each([
    ['outlet, Ukraine', 'A witness who lives in Kramatorsk, Olena Petrenko, said 12 people were wounded in the strike.', 'Olena Petrenko'],
    ['outlet, Nigeria', 'A source who lives in Talata Mafara, Musa Abdullahi, said 40 people fled to the town on Monday.', 'Musa Abdullahi'],
    ['outlet, Sudan', 'A doctor who works at the hospital in El Obeid, Ahmed Saleh, said nine people were killed.', 'Ahmed Saleh'],
  ])('%s', (_genre, text, person) => expect(reporters(text)).toEqual([[person]]));
});
