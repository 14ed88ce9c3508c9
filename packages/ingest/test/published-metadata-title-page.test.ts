/**
 * A saved page whose title stands only in its front matter or manifest, its body opening straight with the lead
 * (published.ts, `withTitle`): the metadata title is judged as a title line would be, so an encyclopedic page is known
 * by its defining lead or its title's span and gets no guessed publication date. Texts written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string, title?: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], title, runDate: '2026-12-01' });

describe('a metadata title with a body that opens on the lead', () => {
  it.each([
    ['Iraq, defining lead', 'Siege of Qaraqosh',
      'The siege of Qaraqosh was a siege of the town by ISIL from July 2014. On August 6, militants entered the town. ' +
        'On 8 August, the last families left.'],
    ['Somalia, defining lead', 'Battle of Baidoa',
      'The Battle of Baidoa was fought between Islamist militias and government troops. On December 20, fighting began. ' +
        'By 26 December, the militias had withdrawn.'],
    ['Ukraine, span in the title', 'Battle of Vuhlehirsk (2022–2023)',
      'The Battle of Vuhlehirsk is an ongoing battle for the town. Shelling intensified between 17 and 22 February. ' +
        'On 24 July, Russian forces claimed the power plant.'],
    ['Myanmar, span in the title', 'Siege of Loikaw (2023–2024)',
      'Resistance forces entered Loikaw on 11 November. On 2 December, junta airstrikes hit the university.'],
  ])('%s', (_case, title, text) => {
    const got = publishedOf(text, title);
    expect(got.published).toBe('');
    expect(got.published_evidence).toContain('encyclopedic page');
  });

  it('a news title in the front matter still leaves the story its date', () => {
    const got = publishedOf('Government forces retook Baidoa on December 20, officials said on Friday.', 'Troops retake Baidoa');
    expect(got.published_evidence).not.toContain('encyclopedic');
  });

  it('a body that repeats its title is read as before', () => {
    const text = 'Siege of Qaraqosh\nThe siege of Qaraqosh was a siege of the town by ISIL. On August 6, militants entered the town.';
    expect(publishedOf(text, 'Siege of Qaraqosh').published_evidence).toContain('encyclopedic page');
  });
});
