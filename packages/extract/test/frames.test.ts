/**
 * Every row of the frames table (data/frames.csv) runs its own example sentences: each must give a fact through that
 * row (its lemma and argument position) with the row's category. Reporting verbs prove themselves by licensing a noun
 * that counts only under a report ("registered N arrivals").
 */
import { describe, expect, it } from 'vitest';
import { frameDrafts } from '../src/frame-finder.ts';
import { frames, parseFrames } from '../src/frames.ts';
import { findPlaces } from '../src/places.ts';
import { parseHedges } from '../src/certainty.ts';

const drafts = (s: string) => frameDrafts(s, findPlaces(s));

describe('frames table', () => {
  for (const f of frames()) {
    for (const example of f.examples) {
      it(`${f.lemma} (${f.pos}, ${f.count_role}${f.voice ? `, ${f.voice}` : ''}): ${example}`, () => {
        const got = drafts(example);
        if (f.category === 'report' || f.category === 'cause' || f.category === 'suffer') {
          const license = f.category === 'report' ? 'reporting' : 'cause';
          expect(got.some((d) => frames().some((n) => `${n.lemma}/${n.count_role}` === d.frame && n.licensed_by === license))).toBe(true);
        } else {
          const mine = got.filter((d) => d.frame === `${f.lemma}/${f.count_role}`);
          expect(mine.length, JSON.stringify(got)).toBeGreaterThan(0);
          if (f.category) expect(mine.map((d) => d.category), JSON.stringify(got)).toContain(f.category);
        }
      });
    }
  }

  it('a noun licensed by reporting counts nothing without a reporting verb', () => {
    expect(drafts('Queues formed as 3400 arrivals waited at the gate.')).toEqual([]);
  });

  it('rejects a broken row with its line', () => {
    const header = 'lemma,pos,category,count_role,voice,licensed_by,examples,source\n';
    expect(() => parseFrames(`${header}flee,VERB,displaced,sideways,,,"N fled.",https://example.org/x\n`)).toThrow(/line 2.*count_role/);
    expect(() => parseFrames(`${header}flee,VERB,displaced,subject,,,,https://example.org/x\n`)).toThrow(/examples/);
  });
});

describe('hedges table', () => {
  it('rejects an unknown kind with its line', () => {
    expect(() => parseHedges('phrase,kind,source\nreportedly,adverb,https://example.org/a\nrumoured,guess,https://example.org/b\n')).toThrow(/line 3.*kind/);
  });
  it('reads verbs, adverbs and phrases', () => {
    const h = parseHedges('phrase,kind,source\nbelieve,verb,https://example.org/a\nreportedly,adverb,https://example.org/b\nunconfirmed reports,phrase,https://example.org/c\n');
    expect([...h.verbs, ...h.adverbs, ...h.phrases]).toEqual(['believe', 'reportedly', 'unconfirmed reports']);
  });
});
