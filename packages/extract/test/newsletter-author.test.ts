/**
 * A newsletter post names its publication only in its address ("syriaweekly.com/p/...", "x.substack.com/p/..."): its
 * own figures are the publication's, read back from the host as words the text writes and masthead words. Texts
 * written for the rule: an analyst's newsletter, a monitor's digest, a war-reporting letter, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.ts';
import { newsletterAuthor } from '../src/newsletter-author.ts';
import { article } from './helpers.ts';

const reporters = (text: string, url: string) => extractArticle({ ...article(text), url }).map((f) => f.reporter_texts);

describe("a newsletter post's publication from its address", () => {
  it.each([
    // an analyst's weekly on its own domain
    ['https://yemenweekly.com/p/marib-front-issue-41', 'Yemen: the week in review\nHouthi forces captured 12 villages south of Marib this week.', 'Yemen Weekly'],
    // a monitor's digest on a platform's subdomain
    ['https://sudanwarmonitor.substack.com/p/rsf-take-wad-madani', 'The war in Sudan\nThe RSF killed at least 40 civilians in Wad Madani on Sunday.', 'Sudan War Monitor'],
    // a letter on a platform, custom domain under a country suffix
    ['https://www.sahelbrief.co.uk/p/menaka-attacked', 'SAHEL — Islamic State fighters killed 30 villagers near Menaka.', 'Sahel Brief'],
  ])('%s', (url, text, name) => {
    expect(newsletterAuthor(url, text)).toBe(name);
    expect(reporters(text, url)).toEqual([[name]]);
  });

  it.each([
    // no post path: a news site's story names no author of its unattributed figure
    ['https://www.yemenweekly.com/news/marib-front', 'Houthi forces captured 12 villages south of Marib this week.'],
    // the host is no words of the text and masthead words: a guessed split would be a made-up name
    ['https://kxqweekly.com/p/issue-3', 'Houthi forces captured 12 villages south of Marib this week.'],
    // all words of the text, no masthead word: a site's name, not a publication's
    ['https://hamamarib.com/p/issue-3', 'In Hama and Marib, fighters captured 12 villages.'],
  ])('no one: %s', (url, text) => {
    expect(newsletterAuthor(url, text)).toBe('');
  });

  it('a figure the post attributes keeps its source', () => {
    const text = 'Ukraine this week\nFifteen civilians were killed in Kharkiv, the regional governor said.';
    expect(reporters(text, 'https://ukraineweekly.beehiiv.com/p/issue-40')).toEqual([['regional governor']]);
  });
});
