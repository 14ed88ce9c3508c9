/**
 * Speed work of issue 9, same answers: the victims' modifier words before a harm noun are read from the text's last run
 * of words (`lastWordRunStart`) instead of by an end-anchored pattern tried from every position, and a line of prose is
 * judged no Title Case headline at its first small-letter word instead of after all its words are read. Checked on
 * lines written for this test (wire, situation report, monitor, outlet, encyclopedic, think-tank; Syria, Sudan,
 * Ukraine, Myanmar, DR Congo, Yemen, Ethiopia, Gaza, Sahel), cut at every position.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lastWordRunStart } from '../src/nouns.ts';
import { isAllCaps, isTitleCase, proseNames } from '../src/title-case.ts';

/** The pattern victimsBefore runs, as nouns.ts writes it. */
const MODIFIER_WORDS = /((?:[\p{L}][\p{L}'’\-]*\s+){1,3})$/u;

const LINES = [
  'On 14 March, Syrian government shelling killed 12 civilians in Ariha, the monitor said.',
  'According to OCHA, some 3,400 internally displaced persons arrived in Tawila during the reporting period.',
  "Ukraine's general staff said two Russian civilian drivers were wounded near Kupiansk.",
  'Fighting between the Tatmadaw and the PDF killed five villager children in Sagaing Region.',
  'M23 rebels killed at least 20 Congolese army soldiers near Sake — residents fled toward Goma.',
  'Houthi-run health officials said the coalition strike killed 14 fishermen off Hodeidah.',
  'ADDIS ABABA (Reuters) - Drone strikes killed 30 Amhara militia fighters and eight local farmers.',
  'Israeli strikes on Rafah killed 22 Palestinians, including nine women, the ministry said.',
  'JNIM militants ambushed a convoy near Djibo; 15 Burkinabe volunteer auxiliaries (VDP) died.',
  'The 1994 offensive cost the lives of several thousand government-aligned militiamen’s kin.',
  'Analysts at the institute assess that  the  frontline   brigade   commanders lost 40 men.',
  'the 𝒜stral-named unit’s\u00a0three\u2003field medics  ',
];

/** Every prefix of each line: the text before a harm noun is any prefix of a sentence. */
const prefixes = (): string[] => LINES.flatMap((s) => Array.from({ length: s.length + 1 }, (_, i) => s.slice(0, i)));

describe('lastWordRunStart', () => {
  it('cuts the text where the end-anchored pattern finds the same words, at every cut of every line', () => {
    for (const text of prefixes()) {
      const cut = lastWordRunStart(text);
      expect(MODIFIER_WORDS.exec(text.slice(cut))?.[1]).toBe(MODIFIER_WORDS.exec(text)?.[1]);
    }
  });

  it('goes back only to the last character no word run holds: a digit, a comma, a dash, a bracket', () => {
    expect(lastWordRunStart('shelling killed 12 Russian civilian ')).toBe('shelling killed 12'.length);
    expect(lastWordRunStart('On 14 March, Syrian government ')).toBe('On 14 March,'.length);
    expect(lastWordRunStart('near Sake — residents ')).toBe('near Sake —'.length);
    expect(lastWordRunStart('(VDP) volunteer ')).toBe('(VDP)'.length);
    expect(lastWordRunStart('a text of words only ')).toBe(0);
    // An astral letter is part of the run: the cut never splits its pair.
    expect(lastWordRunStart('12 𝒜stral unit ')).toBe(2);
  });
});

/** Counts the runs of WORD (title-case.ts) a call makes: each match read is one `exec` of the pattern. */
const WORD_SOURCE = String.raw`\p{L}[\p{L}\p{M}\p{N}'’\-‐]*`;
const realExec = RegExp.prototype.exec;
function wordReads(read: () => unknown): number {
  let reads = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (this.source === WORD_SOURCE) reads++;
    return realExec.call(this, s);
  };
  try {
    read();
  } finally {
    RegExp.prototype.exec = realExec;
  }
  return reads;
}
afterEach(() => {
  RegExp.prototype.exec = realExec;
});

describe('a line of prose is no headline at its first small-letter word', () => {
  it.each([
    ['wire, Sudan', 'Paramilitary fighters shelled the El Fasher market on Sunday, killing 11 people, medics said.'],
    ['situation report, DR Congo', 'Humanitarian partners recorded 4,200 new arrivals in Nyiragongo territory this week.'],
    ['encyclopedic, Ethiopia', 'Tigrayan forces withdrew from Mekelle in late June after a long siege.'],
  ])('%s: two words read, not the whole line', (_genre, line) => {
    expect(isTitleCase(line)).toBe(false);
    expect(wordReads(() => isTitleCase(line))).toBe(2);
    // A small letter anywhere: no word is read to decide the line is not in capitals.
    expect(isAllCaps(line)).toBe(false);
    expect(wordReads(() => isAllCaps(line))).toBe(0);
  });

  it.each([
    ['outlet, Myanmar', 'Junta Airstrikes Kill 17 in Sagaing Village, Residents Say', true, false],
    ['wire, Yemen', 'Coalition Strike Hits Hodeidah Port as Talks Stall', true, false],
    ['monitor, Syria', 'SNHR DOCUMENTS 75 CIVILIAN DEATHS IN MARCH', false, true],
    ['byline, Gaza', 'By AFP - Aug 28 - Last updated 3 hours ago', false, false],
    ['think-tank, Sahel', 'Mali: The Junta and the Wagner Group', true, false],
    ['think-tank, Sahel', 'Mali: the junta and the Wagner Group', false, false],
  ])('%s: a headline is still read as one', (_genre, line, title, caps) => {
    expect(isTitleCase(line)).toBe(title);
    expect(isAllCaps(line)).toBe(caps);
  });

  it("keeps an article's prose names and leaves the words capitalised by rule", () => {
    const text = 'Fighting Spreads to Kordofan\nThe RSF shelled Babanusa on Monday. "Nobody left," a resident of Babanusa told Dabanga: the army held.';
    const lines = [{ start: 0, end: 28 }, { start: 29, end: text.length }];
    expect([...proseNames(text, lines)].sort()).toEqual(['Babanusa', 'Dabanga', 'Monday', 'RSF']);
  });
});
