/**
 * A quotation that runs over several sentences and names its speaker only after it closes ('"On 2 June ... . Another
 * nine were wounded," the governor said.'): every sentence inside it is the speaker's, not only the last, and not the
 * speaker of the quotation before. Sentences written for the rule, in several wars and genres; none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

/** The reporters of every figure of a text, by its count. */
function reporters(text: string): Map<number, string[]> {
  return new Map(extractArticle(article(text)).map((f) => [f.quantity?.value ?? -1, f.reporter_texts]));
}

describe('the speaker named after a quotation of several sentences', () => {
  it.each([
    [
      'outlet, Ukraine, Telegram post',
      '"On 8 May, Russian shelling killed three civilians in Nikopol. Another 11 residents were wounded," Serhii Lysak, head of the regional military administration, posted on Telegram.',
      3, 'Serhii Lysak',
    ],
    [
      'outlet, Sudan, a spokesman',
      '"The militia burned the market in Tawila and killed 27 people. Dozens more fled to the hills," a spokesman for the displaced camps said on Monday.',
      27, 'spokesman',
    ],
    [
      'wire, Yemen, an official',
      '"Houthi fighters seized 4 villages west of Marib overnight. We lost contact with the garrison," a government official told Reuters.',
      4, 'government official',
    ],
  ])('%s', (_genre, text, count, speaker) => {
    expect(reporters(text).get(count)?.join(' ')).toContain(speaker);
  });

  it('a sentence in the middle of the quotation is the speaker\'s too, past a word in scare quotes', () => {
    // Niger: the quotation opens in the first sentence, a word in scare quotes stands in the third, the tag closes it.
    const got = reporters('"Terrorists attacked the post at Tabatol at dawn. Seven soldiers were killed in the fighting. ' +
      'Another 21 attackers were "neutralised" and the rest fled toward the border," Colonel Amadou Sani said. ' +
      'Four civilians were wounded in Ayorou, a medical source said.');
    expect([7, 21, 4].map((n) => got.get(n)?.join(' '))).toEqual(['Amadou Sani', 'Amadou Sani', 'medical source']);
  });

  it('a new quotation is its own speaker\'s, not the one quoted just before', () => {
    const text = [
      '"Nine people were killed in Bentiu on Sunday," a local official said.',
      '"Gunmen killed 14 herders near Rubkona. Six others are missing," the local youth union said in a statement.',
    ].join(' ');
    const got = reporters(text);
    expect(got.get(9)?.join(' ')).toContain('local official');
    expect(got.get(14)?.join(' ')).toContain('youth union');
    expect(got.get(14)?.join(' ')).not.toContain('local official');
  });

  it('a quotation left open at the end of its paragraph takes no speaker from the next paragraph', () => {
    const text = '"Militants killed 7 soldiers near Menaka.\n\nThe army said 12 attackers died in the fighting.';
    expect(reporters(text).get(7) ?? []).toEqual([]);
  });
});

describe('an official posting a toll on a social network', () => {
  it.each([
    ['Ukraine', 'Russian strikes killed 5 people in Kherson, Oleksandr Prokudin posted on Telegram.', 'Oleksandr Prokudin'],
    ['Gaza', 'The civil defence posted on Facebook that 19 bodies were recovered in Jabalia.', 'civil defence'],
    ['Myanmar', 'The resistance force posted on its Telegram channel that it captured 2 junta outposts near Lashio.', 'resistance force'],
  ])('%s', (_war, text, speaker) => {
    const facts = extractArticle(article(text));
    expect(facts.length).toBeGreaterThan(0);
    expect(facts[0]!.reporter_texts.join(' ')).toContain(speaker);
  });

  it('a unit posted to a town is no report', () => {
    const facts = extractArticle(article('A battalion posted to Kidal lost 6 soldiers in an ambush on Friday.'));
    expect(facts.flatMap((f) => f.reporter_texts)).toEqual([]);
  });
});
