/**
 * An encyclopedic page's infobox lines come before its lead: "Date 4 April – 28 June 2019", then "Casualties and
 * losses" lines ("1,130 civilians killed"). Such a figure is the whole campaign's: it is dated by the Date field's
 * span, not by the first date the lead gives ("launched in April 2019"), which only says when the campaign began.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const contextOf = (text: string, count: string) => extract(text).find((f) => f.count_phrase === count)?.time_context;

describe('an infobox figure takes the Date field\'s span', () => {
  it.each([
    ['encyclopedic, Libya',
      'Tripoli offensive (April–June 2019)\n\nDate 4 April – 28 June 2019\nResult Stalemate\nCasualties and losses\n' +
        '1,130 civilians killed (per WHO)\n\nThe offensive was launched by the LNA in April 2019 against the capital.',
      '1,130', '4 April – 28 June 2019'],
    ['encyclopedic, Ukraine',
      'Battle of Vuhledar (2024)\n\nDate 2 September – 1 October 2024\nCasualties and losses\n' +
        '2,400 soldiers killed (per Ukraine)\n\nThe battle began in early September 2024, when Russian forces attacked the town.',
      '2,400', '2 September – 1 October 2024'],
  ])('%s', (_genre, text, count, span) => {
    const chain = contextOf(text, count) ?? [];
    expect(chain.join(' ')).toContain(span);
    expect(chain.join(' ')).not.toMatch(/April 2019$|early September/);
  });

  it('a figure line after a non-heading infobox line ("405 killed, 90 captured") still takes the span', () => {
    const text = 'Battle of Bakhmut (2022–2023)\n\nDate 1 August 2022 – 20 May 2023\nCasualties and losses\n' +
      '405 killed, 90 captured\n6,100 civilians killed (Bakhmut and Soledar)\n\nThe battle began in August 2022 with shelling of the city.';
    expect((contextOf(text, '6,100') ?? []).join(' ')).toContain('1 August 2022 – 20 May 2023');
  });

  it('a section heading after the lead still waits for its section\'s first date', () => {
    const text = 'Battle of Gao (2013)\n\nDate 8 – 21 February 2013\n\nThe battle was fought for the city. Fighting was heavy.\n\n' +
      'Capture of 3 villages\n\nOn 16 February, the army moved north of the city.';
    expect(contextOf(text, '3')?.at(-1)).toBe('On 16 February');
  });
});
