/**
 * "Casualty reports by the Ministry of Health indicate 1,340 deaths": a kind of reports ("casualty", "protection",
 * "hospital") followed by "by" and their author is a noun phrase, the subject of the verb after it; the author is the
 * reporter, not the word before "reports" read as a subject of the verb "reports". A source that "reports by phone
 * that ..." still reports. Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reporters = (s: string) => extract(s).map((f) => f.reporter_texts);

describe('reports by an author', () => {
  it.each([
    ['situation report, Sudan', 'Casualty reports by the Ministry of Health indicate 1,340 deaths in Khartoum State.', 'Ministry of Health'],
    ['human rights update, Ukraine', 'Monitoring reports by the UN Human Rights Office indicate 230 civilians killed in Donetsk Oblast in March.', 'UN Human Rights Office'],
    ['agency update, Mali', 'Protection reports by UNHCR show 12,000 people displaced from Ménaka.', 'UNHCR'],
    ['outlet, Gaza', 'Hospital reports by the Gaza health ministry said 40 people were killed in Rafah.', 'Gaza health ministry'],
  ])('%s', (_genre, s, author) => {
    expect(reporters(s)).toEqual([[author]]);
  });

  it('a source that reports by some means is still the subject', () => {
    expect(reporters('The Syrian Observatory reports by phone that 25 fighters were killed near Idlib.')).toEqual([['Syrian Observatory']]);
  });
});
