/**
 * A page whose title stands only in its metadata (front matter, a manifest), its body opening straight on the lead:
 * the title's year or span dates the story as a title line would ("2017 Mayadin offensive" -> "on 4 October" is
 * 2017's), so a narrative with no publication date still dates its yearless days (index.ts `metadataOnlyTitle`).
 * Texts written for the rule, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

const titled = (title: string, text: string, evidence = ['title: front matter']) =>
  extractArticle({ ...article(text), title, metadata_evidence: evidence });
const contextOf = (facts: ReturnType<typeof extractArticle>, count: string) => facts.find((f) => f.count_phrase === count)?.time_context;

describe('a metadata title dates the yearless days of a body opening on the lead', () => {
  it.each([
    ['Syria, year before the name', '2017 Mayadin offensive',
      'The army advanced on Mayadin on 4 October, as a Russian strike killed 38 civilians near the town.', '38', ['in 2017']],
    ['Yemen, year in brackets', 'Battle of Hazm (2021)',
      'Houthi forces shelled the city on 3 March, killing 14 civilians.', '14', ['in 2021']],
    ['Ukraine, span in brackets', 'Battle of Vuhledar (2022–2023)',
      'On 24 July, Russian shelling killed 6 people in the town.', '6', ['2022–2023']],
  ])('%s', (_war, title, text, count, chain) => {
    expect(contextOf(titled(title, text), count)).toEqual(chain);
  });

  it('a title the body repeats, or one inferred from the body, is read as before', () => {
    const text = 'Houthi forces shelled the city on 3 March, killing 14 civilians.';
    expect(contextOf(titled('Battle of Hazm (2021)', text, []), '14')).toEqual([]);
    const repeated = 'Battle of Hazm (2021)\n\nHouthi forces shelled the city on 3 March, killing 14 civilians.';
    expect(contextOf(titled('Battle of Hazm (2021)', repeated), '14')).toEqual(contextOf(titled('Battle of Hazm (2021)', repeated, []), '14'));
  });
});
