/**
 * Side words (data/side-words.csv) read as whole words where no letter touches them: an initialism with its periods
 * ("U.S. troops", "U.S.-led strikes") names foreign forces as "US" and "American" do; after "anti-" a word names the
 * side's enemy, so "anti-government fighters" are the opposition (the table's whole compound) and "anti-ISIS forces"
 * no ISIS fighters. Sentences written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { sideGroup } from '../src/nouns.ts';
import { sideWord } from '../src/side-words.ts';
import { extract } from './helpers.ts';

const casualties = (text: string) => extract(text).filter((f) => f.kind === 'casualty').map((f) => [f.group, f.group_nation ?? '']);

describe('an initialism with its periods', () => {
  it.each([
    ['wire, Jordan', 'Three U.S. troops were killed in a drone attack on a base in Jordan on Sunday.', 'U.S.'],
    ['news, Iraq', 'Five U.S. soldiers were wounded when their convoy hit a mine near Kirkuk.', 'U.S.'],
    ['statement, Afghanistan', 'Two U.S. service members were killed in an insider attack in Nangarhar, officials said.', 'U.S.'],
    ['wire, Iraq (hyphenated compound)', 'Two U.S.-led coalition soldiers were wounded in a roadside blast near Tikrit.', 'U.S.'],
    ['wire, Syria (American)', 'Four American soldiers were wounded in a rocket attack near Deir ez-Zor.', 'American'],
  ])('%s: foreign forces with their nation word', (_genre, text, nation) => {
    expect(casualties(text)).toEqual([['people', nation]]);
  });

  it('reads before a space or a hyphen, not inside a longer word', () => {
    expect(sideWord('foreign', 'U.S.-led coalition strikes')).toBe('U.S.');
    expect(sideWord('foreign', 'the U.S. military')).toBe('U.S.');
    expect(sideWord('foreign', 'U.S.A')).toBe('');
  });
});

describe('"anti-" before a side word', () => {
  it.each([
    ['monitor, Myanmar', 'Twelve anti-government fighters were killed in clashes near Mandalay on Friday.', 'opposition_fighters'],
    ['news, Mali', 'Nine anti-government militants were killed in an army raid near Kidal.', 'opposition_fighters'],
    ['monitor, Syria', 'Eight anti-regime fighters were killed in shelling near Daraa.', 'opposition_fighters'],
    ['wire, Yemen (pro-)', 'Twenty pro-government militia fighters died in the battle for Marib.', 'government_forces'],
  ])('%s: %s', (_genre, text, group) => {
    expect(casualties(text).map(([g]) => g)).toEqual([group]);
  });

  it('names the enemy, not the side, when the table lacks the compound', () => {
    expect(sideWord('isis', 'anti-ISIS coalition forces')).toBe('');
    expect(sideGroup('Anti-ISIS')).toBe('');
    expect(sideGroup('anti-ISIS coalition')).toBe('people');
    expect(casualties('Nine anti-Houthi fighters died in the clashes near Taiz.')).toEqual([['people', '']]);
  });
});
