/**
 * A relayed statement without "that" (issue 9, monitors' tolls as agencies carry them): in "Anadolu reported the
 * ministry's spokesman said 7,000 people had been killed" the figure is the spokesman's, as it is with "reported that
 * the spokesman said"; the first saying verb ends the subject of the second. Every sentence is written for this file,
 * in several genres and wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('X reported Y said N', () => {
  it.each([
    ['agency copy, Gaza', 'Anadolu reported the health ministry spokesman said 214 people were killed in Khan Younis overnight.', 214, /spokesman/i],
    ['wire, Sudan', 'Reuters reported a medical source in El Fasher said 37 civilians were killed in the shelling.', 37, /medical source/i],
    ['agency copy, Afghanistan', 'Xinhua reported the provincial police chief said 14 militants were killed near Ghazni.', 14, /police chief/i],
    ['outlet, Ukraine', 'Ukrinform reported the regional governor said 6 civilians were injured in Kherson on Sunday.', 6, /governor/i],
  ])('%s', (_genre, text, value, speaker) => {
    const found = facts(text).find((f) => f.value === value);
    expect(found?.reporters.join(' ')).toMatch(speaker);
  });
});
