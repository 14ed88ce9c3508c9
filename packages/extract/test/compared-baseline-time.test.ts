/**
 * The date a figure is compared with ("down from 188 in February", "Compared to the previous day") neither dates a
 * figure of its sentence nor enters the time context of the sentences after it (time.ts, comparedBaseline).
 * Sentences written for the rule, several monitors and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('a comparison\'s baseline date', () => {
  it('Ukraine: "Compared to the previous day" does not date the day\'s new casualties', () => {
    const got = facts('Compared to the previous day, three more children were killed, the UN said.');
    expect(got.map((f) => [f.category, f.value])).toEqual([['killed', 3]]);
    expect(got[0]!.time).toBe('');
  });

  it.each([
    ['Yemen', 'In March 2021, civilian casualties declined to 140, down from 188 in February. 52 civilian fatalities were among the casualties.', 52],
    ['Syria', 'The monitor recorded 410 deaths in November 2019, compared with 356 in October. At least 96 civilians were among the dead.', 96],
    ['Myanmar', 'In January 2024, airstrike casualties rose to 96, up from 41 in December. Airstrikes killed 37 civilians in Sagaing.', 37],
  ])('%s: the compared month does not carry to the next sentence', (_war, text, value) => {
    const fact = facts(text).find((f) => f.value === value)!;
    expect(fact).toBeDefined();
    expect(fact.context.join(' ')).not.toMatch(/February|October|December/);
    expect(fact.context.join(' ')).toMatch(/2021|2019|2024/);
  });

  it('a month that dates the figure itself still does', () => {
    const fact = facts('In 2023, the monitor documented the killing of 45 civilians in Darfur in June.').find((f) => f.value === 45)!;
    expect(fact.time).toBe('in June');
  });
});
