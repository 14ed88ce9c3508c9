/**
 * Speed (issue 9), same answers: a report's lead lines are searched for their sources only when they describe the
 * report ("X publishes these updates", "This report was produced by X") or hold an assessment's verbs ("ISW assesses
 * ..."); the author found is the same. Reports and news items written for this test, in several wars and genres.
 */
import { describe, expect, it, vi } from 'vitest';

const scanned: string[] = [];
vi.mock('../src/reporter-phrase.ts', async (original) => {
  const real = await original<typeof import('../src/reporter-phrase.ts')>();
  return { ...real, sourceMentions: (s: string) => (scanned.push(s), real.sourceMentions(s)) };
});
const { documentAuthor } = await import('../src/authorship.ts');
const { article } = await import('./helpers.ts');

const withTitle = (text: string) => ({ ...article(text), title: text.split('\n')[0]! });

describe('lead lines that describe the report name its author', () => {
  it.each([
    ['Sudan, a flash update', 'Sudan: Flash Update No. 3\n\nOCHA publishes these updates as new displacement is reported.\n\nSome 12,000 people fled Tawila this week.', 'OCHA'],
    ['Yemen, a bulletin', 'Hodeidah situation bulletin\n\nThis bulletin was produced by UNHCR in collaboration with partners.\n\nAbout 4,500 families were displaced from Hays.', 'UNHCR'],
    ['Ukraine, an assessment', 'Russian Offensive Campaign Assessment, May 4\n\nRussian forces advanced near Avdiivka.\n\nISW assesses that Russian forces seized two villages west of Bakhmut.', 'ISW'],
  ])('%s', (_case, text, author) => {
    expect(documentAuthor(withTitle(text))).toBe(author);
  });
});

describe('lead lines that describe nothing are not searched for sources', () => {
  it('news lines without the words of a self-description or an assessment', () => {
    const lines = [
      'Clashes in Mogadishu leave 9 dead',
      'Al-Shabaab fighters attacked a base near Mogadishu on Friday, killing nine soldiers.',
      'Somali forces retook the village of Bal\'ad after the attack, the army said.',
      'Residents of Kismayo heard heavy gunfire overnight.',
    ];
    scanned.length = 0;
    expect(documentAuthor(withTitle(lines.join('\n\n')))).toBe('');
    for (const line of lines.slice(1)) expect(scanned).not.toContain(line);
  });
});
