/**
 * A page's date line under the headline ("Published on 14 Jun 2023", "Wednesday, May 15, 2024") dates the page,
 * which the publication date already does: it is not the story's first event date. The headline's figure waits for
 * the lead's own day, as it does when the page gives its date only in metadata, so the lead's restatement of it is
 * the same fact. Texts written for the rule, in several outlets' styles and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const cases: [string, string, string, string][] = [
  ['Myanmar', 'Airstrike kills nine villagers in Sagaing', 'Published on 14 Jun 2023', 'Nine villagers were killed on Tuesday when a jet bombed Let Pan village, residents said.'],
  ['Ukraine', 'Shelling kills six in Kherson market', 'Wednesday, May 15, 2024', 'Six people were killed in the shelling of a market in Kherson on Tuesday, the governor said.'],
  ['Sudan', 'Drone strike kills 12 in El Obeid', '3 February 2025 - 14:20', 'A drone strike killed 12 civilians in El Obeid on Sunday, medics said.'],
  ['Nigeria', 'Gunmen kill 15 farmers in Zamfara', 'Posted: 6:40 PM, Sep 9, 2021', 'Gunmen killed 15 farmers in Maru on Wednesday, police said.'],
];

describe("a page's date line is not the story's date", () => {
  for (const [war, title, dateLine, lead] of cases) {
    const facts = extract(`${title}\n${dateLine}\n${lead}`);
    it(`${war}: no fact is dated by "${dateLine}"`, () => {
      expect(facts.length).toBeGreaterThan(0);
      const day = /\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4}/.exec(dateLine)![0];
      for (const f of facts) expect(`${f.time_phrase} ${f.time_context.join(' ')}`).not.toContain(day);
    });
    it(`${war}: the headline's figure is the lead's fact, of the lead's day`, () => {
      const killed = facts.filter((f) => f.category === 'killed');
      for (const f of killed) expect([f.time_phrase, ...f.time_context]).toContain(/on \w+day/.exec(lead)![0]);
    });
  }

  it('without the date line the headline waits the same way', () => {
    const [, title, , lead] = cases[1]!;
    const withLine = extract(`${title}\n${cases[1]![2]}\n${lead}`).map((f) => [f.category, f.quantity?.value, f.time_phrase || f.time_context.at(-1)]);
    const without = extract(`${title}\n${lead}`).map((f) => [f.category, f.quantity?.value, f.time_phrase || f.time_context.at(-1)]);
    expect(withLine).toEqual(without);
  });
});
