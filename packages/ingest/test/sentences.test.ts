import { describe, expect, it } from 'vitest';
import { ingestFiles, MAX_SENTENCE_CHARS, splitSentences } from '../src/index.ts';
import { seedFiles } from './helpers.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('sentence splitting', () => {
  it('splits on . ! ? followed by space and a capital, quote or digit', () => {
    expect(texts('Rebels fled. The army advanced! Why? “We left,” one said. 56 soldiers died.')).toEqual([
      'Rebels fled.',
      'The army advanced!',
      'Why?',
      '“We left,” one said.',
      '56 soldiers died.',
    ]);
  });

  it('always splits at line breaks, so a heading is its own sentence', () => {
    expect(texts('Drive for military airport\nThe army moved north.\n\n– Displaced ‘homeless’ –\nMany fled')).toEqual([
      'Drive for military airport',
      'The army moved north.',
      '– Displaced ‘homeless’ –',
      'Many fled',
    ]);
  });

  it('does not split after abbreviations, initials, acronyms and decimals', () => {
    const cases = [
      'The offensive began on Dec. 25 and resumed on Jan. 3 after a pause.',
      'Brig. Gen. Suhail al-Hassan led the push.',
      'Col. Ahmed and Lt. Karim met Maj. Saleh and Capt. Nour.',
      'Sgt. Ali spoke to Dr. Hana, Mr. Omar, Mrs. Rana and Ms. Dina.',
      'They prayed at St. George near Mt. Hermon in Building No. 5.',
      'The U.S. and the U.N. and the U.K. disagreed.',
      'Some groups, e.g. HTS, refused; others, i.e. the FSA, agreed.',
      'It was Assad vs. the rebels, approx. 30 km and est. 2.5 million people.',
      'A report by J. Smith said 1.1 million were displaced.',
    ];
    for (const c of cases) expect(texts(c)).toEqual([c]);
  });

  it('does not split after an abbreviated month that ends a range', () => {
    const cases = [
      '~2,300 killed (Russian claim; Aug.–Oct. 2024) 410 wounded (per the army)',
      'Clashes in Ituri displaced 52,000 people (Jan.-Mar. 2023) according to OCHA.',
      'At least 180 fighters died (SOHR count; June/Sept. 2019) in the Hama countryside.',
    ];
    for (const c of cases) expect(texts(c)).toEqual([c]);
    // A range's full month name at a sentence's end still ends it.
    expect(texts('The siege lasted from May to June. 40 people died.')).toHaveLength(2);
  });

  it('keeps a quote with a lowercase attribution as one sentence', () => {
    expect(texts('“The regime is bombing everything.” he said. Then he left.')).toEqual([
      '“The regime is bombing everything.” he said.',
      'Then he left.',
    ]);
    expect(texts('"We will not leave," he said. "Never."')).toEqual(['"We will not leave," he said.', '"Never."']);
  });

  it('does not split at ellipses inside quotes', () => {
    expect(texts('“The victories (…) strengthen peace,” Assad said.')).toHaveLength(1);
    expect(texts('“Then the bombs fell… It was like a movie,” he said.')).toHaveLength(1);
    expect(texts('“We waited... Nobody came,” she said.')).toHaveLength(1);
  });

  it('gives offsets with clean.slice(start, end) === text, trimmed', () => {
    const text = '  Title  \n\nFirst one.   Second one!\n Third?';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.index, s.text])).toEqual([
      [0, 'Title'],
      [1, 'First one.'],
      [2, 'Second one!'],
      [3, 'Third?'],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps offsets exact for every sentence of every seed', () => {
    const { articles } = ingestFiles(seedFiles());
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      expect(a.sentences).toBe(a.sentence_list.length);
      a.sentence_list.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(a.text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.text).not.toContain('\n');
      });
    }
  });

  it('splits seed sentences at abbreviations correctly', () => {
    const { articles } = ingestFiles(seedFiles());
    const all = articles.flatMap((a) => a.sentence_list.map((s) => s.text));
    expect(all.some((s) => s.startsWith('Brig. Gen. Suhail Al Hassan, also known'))).toBe(true);
    expect(all.some((s) => s.endsWith('since the offensive led by Al Hassan began on Dec. 25.'))).toBe(true);
    expect(all).toContain('Of Idlib’s 2.5 million residents, just under half—or 1.1 million—are internally displaced people, according to the United Nations.');
  });
});

describe('overlong sentences are capped, so that work per figure downstream is bounded', () => {
  /** Every piece within the cap, exact offsets, trimmed, in order, and together all the non-space text. */
  function expectCapped(text: string) {
    const sentences = splitSentences(text);
    let previousEnd = 0;
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(text.slice(previousEnd, s.start).trim()).toBe('');
      previousEnd = s.end;
    });
    expect(text.slice(previousEnd).trim()).toBe('');
    return sentences;
  }

  it('leaves a long real sentence of 1,100 characters whole', () => {
    const villages = Array.from({ length: 67 }, (_, i) => `Kafr Village${i}`).join(', ');
    const sentence = `The army said it had taken ${villages} after weeks of fighting.`;
    expect(sentence.length).toBeGreaterThan(1100);
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(texts(sentence)).toEqual([sentence]);
  });

  it('cuts a run-on sentence after clause punctuation', () => {
    const clause = (i: number) => `shelling displaced ${1000 + i} people from the village number ${i} on Monday`;
    const text = `Fighting went on, ${Array.from({ length: 400 }, (_, i) => clause(i)).join('; ')}.`;
    const pieces = expectCapped(text);
    expect(pieces.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    // every piece but the last ends with the clause punctuation it was cut after
    for (const p of pieces.slice(0, -1)) expect(p.text).toMatch(/[;,]$/);
    // and is at least half the cap: no crumbs
    for (const p of pieces.slice(0, -1)) expect(p.text.length).toBeGreaterThanOrEqual(MAX_SENTENCE_CHARS / 2 - 1);
  });

  it('cuts at a space when there is no clause punctuation, and anywhere when there is no space', () => {
    const words = 'many people fled the bombing of the town '.repeat(300);
    for (const p of expectCapped(words)) expect(words.slice(p.end, p.end + 1)).toMatch(/^\s?$/);
    const blob = 'x'.repeat(MAX_SENTENCE_CHARS * 3 + 7);
    expect(expectCapped(blob).map((p) => p.text.length)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 7]);
  });

  it('never cuts inside a surrogate pair', () => {
    const text = `${'x'.repeat(MAX_SENTENCE_CHARS - 1)}${'😀'.repeat(10)}`;
    const pieces = expectCapped(text);
    expect(pieces[0]!.text.length).toBe(MAX_SENTENCE_CHARS - 1);
    for (const p of pieces) expect(p.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('caps a single-sentence article of over 1 MB, with exact offsets through ingest', () => {
    const clauses = ['nearly 340 families fled Ariha on Monday', 'at least 15 civilians were killed in Maarat al-Numan'];
    const body = Array.from({ length: 22_000 }, (_, i) => clauses[i % 2]).join(', ');
    expect(body.length).toBeGreaterThan(1_000_000);
    const [a] = ingestFiles([{ path: 'long.txt', bytes: new TextEncoder().encode(`Fighting went on, ${body}.\n`) }]).articles;
    expect(a!.sentence_list.length).toBeGreaterThan(a!.text.length / MAX_SENTENCE_CHARS);
    for (const s of a!.sentence_list) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(a!.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
