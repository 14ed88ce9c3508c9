/**
 * "Another" after a speaker already told ("One soldier said ... Another claimed ...") stands for one more such
 * speaker, as a pronoun does: they name no source (reporter-phrase.ts, PRONOUN). Sentences written for
 * this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reporters = (text: string) => extract(text).flatMap((f) => f.reporter_texts);

describe('a counted speaker is no named source', () => {
  it.each([
    ['encyclopedic, Ukraine', 'One soldier said his company had lost half its men. Another claimed that his unit had suffered over 20 men killed near Izium.'],
    ['outlet, Sudan', 'One witness described the shelling. Another said that 14 people were killed in the market of Nyala.'],
    ['wire, Syria', 'A resident said the jets came at dawn. Another reported that 9 civilians were killed in the air strike on Ariha.'],
  ])('%s', (_genre, text) => {
    const got = reporters(text).map((r) => r.toLowerCase());
    expect(got).not.toContain('another');
  });
});
