/**
 * Two reporters wire copy and UN releases name by a common noun the reporting vocabulary lacked (issue 9, probe pages
 * outside the corpus): an ombudsman ("the region's ombudsman said", "Ukraine's human rights ombudsman told
 * reporters") and non-governmental organisations in the plural ("according to figures compiled by nongovernmental
 * organizations"). Both are reporting.csv rows now (a role; a body beside "organisation"). Every sentence is written
 * for this file, in several wars and genres; none comes from a probe page or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';

function reporters(sentence: string): string[] {
  return new SourceMemory('').read(sentence);
}

describe('an ombudsman is a reporter', () => {
  it.each([
    ['wire, Ukraine', "Four civilians were killed when a glide bomb hit a market in Kostiantynivka, the region's ombudsman said.", 'ombudsman'],
    ['regional outlet, Ukraine', "Ukraine's human rights ombudsman said 31 children had been returned from deported families since June.", 'ombudsman'],
    ['wire, Georgia', 'The ombudsman told reporters that 12 villagers were wounded by shelling near Tskhinvali on Tuesday.', 'ombudsman'],
    ['UN situation report, Armenia', 'According to the ombudsperson of the region, some 2,300 people have fled their homes in Tavush since Monday.', 'ombudsperson'],
  ])('%s', (_genre, sentence, word) => {
    expect(reporters(sentence).join(' ')).toContain(word);
  });
});

describe('non-governmental organisations in the plural are a reporter', () => {
  it.each([
    ['wire, Myanmar', 'More than 5,000 civilians have died at the hands of the junta since the coup, according to tallies kept by nongovernmental organizations.'],
    ['think-tank assessment, Sahel', 'Local non-governmental organisations counted at least 140 villagers killed by armed men in the Mopti region in May.'],
    ['regional outlet, DRC', 'Some 60,000 people fled the fighting around Rutshuru in a week, humanitarian organizations said on Friday.'],
    ['encyclopedic, Syria', 'Syrian human rights organisations documented the deaths of 230 detainees under torture during 2019.'],
  ])('%s', (_genre, sentence) => {
    expect(reporters(sentence).join(' ')).toMatch(/organi[sz]ations/);
  });
});
