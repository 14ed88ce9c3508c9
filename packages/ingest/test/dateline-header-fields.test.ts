/**
 * A page header of several fields, its date in one of them: "Added: 03.02.2022 10:41 / Updated: ... / World News",
 * "Latest from Newsfeed; Monday, June 29 2020". The fields are split at their separators (a bar, a bullet, a
 * semicolon, a dash or a slash between spaces); a field's label may be in any language ("Ekleme:", "Datum:"); a
 * dotted numeric date is day first. Lines written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { ambiguousDateLine, bylineLine } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a header of fields dates the page', () => {
  it.each([
    // a Turkish outlet's header, labels in Turkish, a dotted date, a story from Iraq
    ['Yayın: 05.04.2021 09:15 / Güncelleme: 05.04.2021 11:02 / Dünya Haberleri\n\nTwo soldiers were killed in a ' +
      'rocket attack near Kirkuk on Sunday, the ministry said.', '2021-04-05'],
    // a Ukrainian page's header in Cyrillic
    ['Опубліковано: 07.08.2022 18:40 / Новини\n\nShelling killed three residents of Nikopol on Saturday, the ' +
      'regional governor said.', '2022-08-07'],
    // a German-language page, a story from Libya
    ['Datum: 11.03.2019 | Nahost\n\nClashes south of Tripoli killed six fighters on Sunday, a medical source said.', '2019-03-11'],
    // a live page's feed footer with a semicolon, below the story: a Syrian story
    ['Regime Shelling Kills Five In Idlib\n\nFive civilians were killed in shelling on Maarat al-Numan on Monday ' +
      'night, rescuers said.\n\nLatest from Live Updates; Tuesday, March 3 2020', '2020-03-03'],
    // a Somali outlet's section and a dotted day with its clock time, split by a slash
    ['Somalia / 04.01.2022 08:30\n\nAl-Shabaab fighters killed four soldiers near Beledweyne on Monday, ' +
      'officials said.', '2022-01-04'],
  ])('%s', (text, day) => {
    expect(publishedOf(text)).toMatchObject({ published: day, published_precision: 'day' });
  });

  it('a weekday before the footer date counts back from it, not forward', () => {
    // Monday 3 March 2020 is the page's own day: the "Monday night" shelling was the night before, not 9 March
    const text = 'Shelling kills five in Idlib\n\nFive civilians were killed on Sunday night, rescuers said.\n\n' +
      'Latest from Newsfeed; Monday, March 2 2020';
    expect(publishedOf(text).published).toBe('2020-03-02');
  });

  it('a dotted date line is read day first, whatever the text dates', () => {
    expect(ambiguousDateLine('02.03.2021\n\nText.')).toMatchObject({ because: 'dots' });
    expect(ambiguousDateLine('02.03.2021\n\nText.')?.readings.map((r) => [r.month, r.day])).toEqual([[3, 2]]);
    // slashes and hyphens keep both readings
    expect(ambiguousDateLine('02/03/2021\n\nText.')?.readings).toHaveLength(2);
  });

  it.each([
    // a story line with a semicolon ends a sentence: no header
    'Troops shelled the town; the worst day was 12 March 2020.',
    // a part that is more than a date
    'Killed in Marib; a funeral on 12 March 2020 drew hundreds',
    // a field over the length of a stamp
    `Note: ${'a '.repeat(45)}/ 12 March 2020`,
  ])('no header date in %s', (line) => expect(bylineLine(line)).toBeNull());
});
