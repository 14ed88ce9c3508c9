/**
 * "Farhad Shami, head of the SDF media office, said ... Shami added that ...": a reporter written as a bare surname,
 * alone or after a title ("Mr Shami", "Gen. Burhan"; titles are data/person-titles.csv), is the person the text named
 * in full before it. The figure takes the full name, as it would had the sentence repeated it, so that one person is
 * one reporter across the text. A name the text never gave in full, or gave for two people ("Ali Hassan ... Omar
 * Hassan"), stays as written.
 */
import type { ExtractedFact } from '@frontline/schema';
import { escapeRe } from '@frontline/nlp/dates';
import { knownWord } from '@frontline/nlp';
import { isTitle, NAME_WORD } from './person-titles.ts';
import { entryOf } from './reporter-phrase.ts';

/** The surname a reporter is written as ("Shami", "Mr Shami"), or null when it is anything else. */
function bareSurname(reporter: string): string | null {
  const words = reporter.trim().split(/\s+/);
  while (words.length > 1 && isTitle(words[0]!)) words.shift();
  if (words.length !== 1 || !NAME_WORD.test(words[0]!) || entryOf(reporter)) return null;
  return words[0]!;
}

/**
 * The full names ending in `surname` that `before` gives, as written: one or two capitalised words (or initials) before
 * it that are neither titles nor words the text also writes in lower case ("After Shami", "The Shami family": prose words).
 */
function fullNamesOf(surname: string, before: string, text: string): Set<string> {
  const names = new Set<string>();
  const re = new RegExp(String.raw`((?:\p{Lu}(?:[\p{L}'’-]*|\.)\s+){1,2})${escapeRe(surname)}(?![\p{L}\p{N}])`, 'gu');
  for (const m of before.matchAll(re)) {
    const given = givenNames(m[1]!.trim().split(/\s+/), OPENING.test(before.slice(0, m.index)), text);
    if (given.length) names.add(`${given.join(' ')} ${surname}`);
  }
  return names;
}

/** The words before a surname that are given names; `opens`: whether the first of them opens a sentence. */
function givenNames(words: string[], opens: boolean, text: string): string[] {
  let first = true;
  while (words.length && (isTitle(words[0]!) || proseWord(words[0]!, text) || (first && opens && knownWord(words[0]!)))) {
    words = words.slice(1);
    first = false;
  }
  // An initial ("J. Smith") is part of a name; a word ending a sentence is not.
  return words.every((w) => /^\p{Lu}(?:\p{Ll}|\.$)/u.test(w)) ? words : [];
}

/** Where a sentence or line opens: its first word is capitalised by rule ("Later Shami left"), a name only if unknown. */
const OPENING = /(?:^|[.!?]["”’)]?\s+|\n\s*)$/u;

/** Whether the text writes the word in lower case somewhere: a common word capitalised to open a sentence. */
function proseWord(word: string, text: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}])${escapeRe(word.toLowerCase())}(?![\p{L}])`, 'u').test(text);
}

/** Gives each fact whose reporter is a bare surname the full name the text gave that person before the fact. */
export function fullSurnames(facts: ExtractedFact[], text: string): void {
  for (const fact of facts) {
    fact.reporter_texts = fact.reporter_texts.map((r) => {
      const surname = bareSurname(r);
      if (!surname) return r;
      const names = fullNamesOf(surname, text.slice(0, fact.char_start), text);
      return names.size === 1 ? [...names][0]! : r;
    });
  }
}
