/**
 * A broadcast or video advisory names its source on a slug line in capitals ("SOURCE: OHCHR") among its other labels
 * ("STORY:", "TRT:", "DATELINE:"); the figures of its soundbites are that source's, as those under a "Source:" line
 * are (issue 9, a UN release whose issuer is only in its head). Texts written for the rule (Ukraine, Sudan, DRC,
 * Myanmar, Yemen); none comes from the corpus or a probe page.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

const advisory = (source: string, story: string, bite: string) =>
  [`UN Video`, story, `STORY: ${story}`, 'TRT: 2:58', `SOURCE: ${source}`, 'RESTRICTIONS: NONE', 'LANGUAGE: ENGLISH / NATS',
    '1. Various shots, exterior', '2. SOUNDBITE (English) A. N. Other, spokesperson:', bite].join('\n');

describe('a capitalised SOURCE slug names the advisory\'s author', () => {
  it.each([
    ['Ukraine, monitoring mission', 'HRMMU', 'HRMMU / UKRAINE CIVILIAN HARM', '"In January, 139 civilians were killed and 580 injured across Ukraine."', 139, 'HRMMU'],
    ['Sudan, refugee agency', 'UNHCR', 'UNHCR / SUDAN CHAD ARRIVALS', '"Since April, some 60,000 people have fled Darfur into eastern Chad."', 60000, 'UNHCR'],
    ['DRC, peacekeeping mission', 'MONUSCO', 'MONUSCO / DRC ITURI ATTACK', '"At least 41 civilians were killed in the attack on the camp near Djugu."', 41, 'MONUSCO'],
    ['Myanmar, rights office', 'OHCHR', 'OHCHR / MYANMAR AIRSTRIKES', '"Since the start of the year, 314 civilians have been killed in airstrikes in Rakhine and Sagaing."', 314, 'OHCHR'],
  ])('%s', (_case, source, story, bite, figure, author) => {
    const text = advisory(source, story, bite);
    expect(documentAuthor({ ...article(text), title: 'UN Video' })).toBe(author);
    const fact = extractArticle({ ...article(text), title: 'UN Video' }).find((f) => f.quantity?.value === figure);
    expect(fact?.reporter_texts).toEqual([author]);
  });

  it('a capitalised slug naming no reporter names no author (Yemen)', () => {
    const text = advisory('VARIOUS', 'YEMEN / FLOODS', '"Some 2,000 families were displaced by the floods in Marib."');
    expect(documentAuthor({ ...article(text), title: 'UN Video' })).toBe('');
  });
});
