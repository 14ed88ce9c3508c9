/**
 * The phrase that ends a running total (`end_phrase`, issue 9): the date of the statement that gives it, or the
 * sentence's "as of <date>". Sentences written for this file, in several genres and wars (none from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The time phrase and end phrase of the one fact with that count. */
function phrases(text: string, value: number): [string, string] {
  const f = extract(text).filter((x) => x.quantity?.value === value);
  expect(f).toHaveLength(1);
  return [f[0]!.time_phrase, f[0]!.end_phrase ?? ''];
}

describe('a running total\'s end phrase', () => {
  it.each([
    ['wire (Myanmar): "Speaking on Friday"', 'Speaking on Friday, a spokesman for the rebels said 48 civilians had been killed in air strikes on Lashio since Monday.', 48, ['since Monday', 'on Friday']],
    ['UN statement (Sudan): "In a statement on 9 June"', 'In a statement on 9 June, UNHCR said 14,000 people had fled into Chad since 1 June.', 14000, ['since 1 June', 'on 9 June']],
    ['monitor (Gaza): the verb after the figure, "the ministry said on Thursday"', 'At least 212 people have been killed in Gaza since 10 May, the health ministry said on Thursday.', 212, ['since 10 May', 'on Thursday']],
    ['sitrep (Ukraine): "as of" first', 'As of 12 April, 1,842 civilians had been killed since 24 February, OHCHR said on 13 April.', 1842, ['since 24 February', 'As of 12 April']],
  ] as const)('%s', (_name, text, value, expected) => expect(phrases(text, value)).toEqual(expected));

  it.each([
    ['wire (Syria): an incident\'s own day, no total', 'The governor said on Tuesday that 9 people were killed in Daraa on Monday.', 9, ['on Monday', '']],
    ['outlet (Ukraine): the date before an incident\'s figure is the incident\'s', 'On 2 March, shelling killed 7 people in Kharkiv, and 64 civilians have died in the city since 24 February, officials said.', 64, ['since 24 February', '']],
  ] as const)('%s', (_name, text, value, expected) => expect(phrases(text, value)).toEqual(expected));
});
