/**
 * A sentence that tells who said the figure before it ("This was reported by X", "The relevant statement was made
 * by X", "X said this in a post on Telegram") credits that figure, also from the next paragraph: outlets that set
 * each sentence as its own paragraph put it there. A mere "That is according to X" still does not cross a paragraph
 * (attribution-next-sentence.test.ts). Sentences written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map(brief).map((f) => f.reporters);

describe('who said the figure, in the next paragraph', () => {
  it.each([
    ['Ukrainian outlet, Ukraine', 'Three civilians were wounded in the shelling of Nikopol overnight.\n\nThe relevant statement was made by regional governor Serhii Lysak on Telegram.', 'Serhii Lysak'],
    ['Ukrainian outlet, Ukraine', 'One resident of Kherson region was killed over the past day.\n\nThis was reported by the regional prosecutor\'s office.', 'regional prosecutor\'s office'],
    ['Afghan outlet, Afghanistan', 'Six soldiers were killed in a Taliban attack in Kunduz.\n\nThis was stated by the provincial police spokesman.', 'provincial police spokesman'],
    ['Syrian outlet, Syria', 'Four civilians were injured by shelling on Darat Izza.\n\nThe Syria Civil Defence said this in a statement on its website.', 'Syria Civil Defence'],
    ['Nigerian outlet, Nigeria', 'Eleven farmers were killed in an attack in Zamfara.\n\nThe state police command confirmed this on Monday.', 'state police command'],
  ])('%s', (_genre, text, source) => {
    const found = reporters(text);
    expect(found.length).toBeGreaterThan(0);
    for (const names of found) expect(names).toContain(source);
  });

  it.each([
    // "this" is a determiner: a new statement, not who said the last one
    'Five people were killed in Kherson.\n\nThe governor said this week that the town was calm.',
    'Two soldiers were wounded near Marib.\n\nThe army said this attack was the worst in months.',
  ])('no credit: %s', (text) => expect(reporters(text)[0]).toEqual([]));
});
