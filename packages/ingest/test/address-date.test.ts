/**
 * A page's address dates the story when its text has no date line (address.ts, published.ts's fromAddress): the
 * manifest or front matter keeps the address a saved wire story was read from. Addresses and texts written for the
 * rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { addressDate } from '../src/address.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

describe('the date in a page address', () => {
  it.each([
    ['https://www.example-times.com/2021/03/14/rebels-seize-border-post-in-tigray-a5521', '2021-03-14'],
    ['http://news.example.cn/english/2016-08/21/c_135620944.htm', '2016-08-21'],
    ['https://markets.example.com/articles/iraqi-troops-enter-falluja-centre-2016-06-17', '2016-06-17'],
    ['https://example.ng/archive/20140515/borno-villagers-flee-raids', '2014-05-15'],
    ['https://example.org/world/2012/07/30/', '2012-07-30'],
    // month and day unpadded, as whole segments before the slug
    ['https://www.example-news.net/news/2019/4/7/haftar-forces-push-towards-tripoli-airport', '2019-04-07'],
    ['https://example.tv/features/2022/11/3/drone-strike-hits-mekelle', '2022-11-03'],
  ])('%s', (url, day) => {
    expect(addressDate(url)).toMatchObject({ first: day, last: day, precision: 'day' });
  });

  it('a year and month as path segments give the month', () => {
    expect(addressDate('https://kivu-notes.example.com/2013/06/m23-leaves-goma.html'))
      .toMatchObject({ first: '2013-06-01', last: '2013-06-30', precision: 'month' });
  });

  it.each([
    // identifiers: digits glued to letters or to other digits
    'http://example.com/article/libya-crisis-sirte-idUSKBN0TA20151115',
    'http://example.com/english/c_20150312.htm?x=1',
    // a date in the query is an identifier of the page, not the path's date
    'https://example.com/story?date=2019-04-11',
    // impossible days and months
    'https://example.com/2019/02/30/slug',
    'https://example.com/2019/13/01/slug',
    'https://example.com/2019/2/30/slug',
    // unpadded numbers as the path's last segment may be a page number, not a day
    'https://example.com/tag/sudan/2019/4/7',
    // two different days in one path
    'https://example.com/2018/01/05/timeline-2017-12-30',
    // no address, or not a web address
    '',
    'file:///home/user/2019/05/17/saved.txt',
  ])('nothing from %s', (url) => expect(addressDate(url)).toBeNull());
});

const publishedOf = (text: string, url?: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], url, runDate: '2026-12-01' });

describe('a publication date from the address', () => {
  it('dates a wire story whose text has no date line; its weekdays then count back from that day', () => {
    const text = 'MOGADISHU Government troops retook the town of Bulo Burte from al Shabaab on Tuesday, officials said.';
    const got = publishedOf(text, 'https://www.example-wire.com/2014/03/12/somalia-troops-retake-town');
    expect(got).toMatchObject({ published: '2014-03-12', published_precision: 'day' });
    expect(got.published_evidence).toContain('page address');
    expect(publishedOf(text).published).toBe('');
  });

  it('the address beats a day counted from an earlier date in a caption and a bare weekday', () => {
    // Without the address, "on Sunday" after the caption's date would move publication to the Sunday after it.
    const text = 'Thousands flee fighting in Yemen port city\n' +
      'Troops advance on the outskirts of Hodeidah, Yemen on June 12, 2018 [Reuters]\n' +
      'More than 5,000 people have fled the southern districts of the city since Sunday, residents said.';
    const got = publishedOf(text, 'https://www.example-news.net/news/2018/6/14/thousands-flee-hodeidah');
    expect(got).toMatchObject({ published: '2018-06-14', published_precision: 'day' });
    expect(publishedOf(text).published).not.toBe('2018-06-14');
  });

  it('a dateline in the text beats the address (a republisher may file the story a day later)', () => {
    const text = 'TRIPOLI, Sept. 3 (Xinhua) -- Clashes in southern Tripoli killed 15 people on Monday, the health ministry said.\n' +
      'The fighting began on August 27, 2018.';
    expect(publishedOf(text, 'https://example.net/2018/09/04/tripoli-clashes').published).toBe('2018-09-03');
  });

  it('an address older than a day the text writes is not this story\'s', () => {
    const text = 'Fighting in Marib killed 40 fighters between 2 and 9 February 2021, officials said on Wednesday.';
    const got = publishedOf(text, 'https://example.ye/2020/11/30/marib-front');
    expect(got.published).not.toBe('2020-11-30');
    expect(got.published_evidence).not.toContain('page address');
  });
});

describe('a month and a later year', () => {
  it('a month written before a later year is background: it does not date the story', () => {
    const text = 'The war began in March 2015. Houthi forces have been advancing in 2019 on several fronts, officials said.';
    const got = publishedOf(text);
    expect(got.published).toBe('');
    expect(got.published_earliest).toBe('2019-01-01');
  });

  it('a month with only earlier years still dates it to that month or the next', () => {
    const text = 'Since 2014 the army has fought in Donetsk. In August 2022 it said it had lost 12 soldiers.';
    expect(publishedOf(text)).toMatchObject({ published: '2022-08-01', published_precision: 'month' });
  });
});
