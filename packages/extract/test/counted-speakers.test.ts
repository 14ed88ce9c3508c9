/**
 * "one official told AFP", "two security sources said": the count of speakers is not part of who they are, so the
 * reporter is "official", "security sources" (with the outlet told, as "a source told SANA" gives both). A name that
 * opens on a number word ("One Acre Fund") keeps it. Sentences written for the rule, several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map((f) => brief(f).reporters);

describe('a count of speakers before their role', () => {
  it.each([
    // wire
    ['Three districts in Shabwa have fallen within hours, one official told AFP.', ['official', 'AFP']],
    ['Twelve civilians died in the shelling of Idlib, two security sources told Reuters.', ['security sources', 'Reuters']],
    // outlet
    ['One Syrian officer said 14 soldiers died near Palmyra on Monday.', ['Syrian officer']],
    // situation report / monitor: a count of witnesses heard by the field team
    ['About 3,000 people fled Tawila overnight, three residents told the monitoring team.', ['residents']],
  ])('%s', (text, expected) => {
    expect(reporters(text)).toEqual([expected]);
  });

  it.each([
    ['One Acre Fund said 40 people died in the floods near Goma.', ['One Acre Fund']],
    ['One of the commanders said nine fighters were killed in Marib.', []],
  ])('a name or a partitive stays: %s', (text, expected) => {
    expect(reporters(text)[0]).toEqual(expected);
  });
});
