/**
 * Page furniture and news agencies are data (`data/page-furniture.csv`, `data/news-agencies.csv`): every row's phrase,
 * alone on a line between two paragraphs, is removed for its kind, and a sentence of prose that contains it stays.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../src/index.ts';
import { agencies, furniture } from '../src/page-words.ts';

const PARA = 'Militia fighters seized the district centre on Friday, local officials said.';
const rows = (file: string) => parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8'), { columns: true }) as Record<string, string>[];

function removedAs(line: string): string {
  const { text, removed } = removeBoilerplate(`${PARA}\n\n${line}\n\n${PARA} Again.`);
  return text.includes(line) ? '' : (removed.find((r) => r.text === line)?.reason ?? '?');
}

const REASON: Record<string, string> = { legal: 'legal', advertisement: 'advertisement', account: 'sign_in' };

describe('page furniture from its table', () => {
  const lines = rows('page-furniture.csv').filter((r) => REASON[r.kind!]);
  it.each(lines.map((r) => [r.phrase!, r.kind!]))('"%s" alone is %s furniture', (phrase, kind) => {
    const reason = removedAs(phrase[0]!.toUpperCase() + phrase.slice(1));
    // A lone "Subscribe" is the subscribe rule's; every other account word is a sign-in row.
    expect(reason).toBe(phrase === 'subscribe' ? 'subscribe' : REASON[kind]);
  });

  it('joins account links in a row and keeps prose that names them', () => {
    expect(removedAs('Log in | My account')).toBe('sign_in');
    expect(removedAs('Register / Subscribe')).toBe('sign_in');
    expect(removedAs('Residents said they could not register for aid after the shelling of Kherson.')).toBe('');
  });

  it('reads link-list headers and photo words from the table', () => {
    expect(removedAs('You might also like')).not.toBe('');
    expect(removedAs('An aerial image taken on 3 May shows the burned market in El Fasher.')).toBe('caption');
    expect(removedAs('A video still released by the army shows troops in Goma.')).toBe('caption');
  });

  it('gives each agency role its own names, as written', () => {
    const dateline = new RegExp(`^(?:${agencies('dateline')})$`);
    expect(dateline.test('IRNA')).toBe(true);
    expect(dateline.test('Getty Images')).toBe(false);
    expect(new RegExp(`^(?:${agencies('photo_credit')})$`).test('AFP/Getty Images')).toBe(true);
    expect(new RegExp(`^(?:${furniture('social')})$`).test('Copy  link')).toBe(true);
  });
});
