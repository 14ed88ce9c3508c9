/**
 * An accord's making dated by a participle after its noun ("the ceasefire announced late Thursday", "a truce signed on
 * Monday") dates the accord, as a relative clause's date does: never the figures the sentence gives around it, which
 * keep their own or the story's day. Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf } from './dated-text.ts';

// 2019-10-18, 2016-07-15 and 2023-05-19 are Fridays; 2023-09-14 is a Thursday.
const SYRIA = on('2019-10-18', 'Turkish-led strikes killed civilians on Friday. A monitor said air strikes killed 14 civilians near Tal Tamr, appearing to break the ceasefire announced late Thursday.');
const SOUTH_SUDAN = on('2016-07-15', 'Heavy fighting broke out in Juba on Friday. It killed at least 36 soldiers despite the truce declared on Monday, the army said.');
const SUDAN = on('2023-05-19', 'Shelling resumed in Khartoum on Friday. Medics said it wounded 40 people, hours after a deal that was reached on Wednesday.');
const YEMEN = on('2023-09-14', 'Three civilians were killed in Taiz on Tuesday, a local official said.');

describe('an accord dated by its participle', () => {
  it('wire (Syria): "the ceasefire announced late Thursday" is no date of the 14 killed', () => expect(periodOf(SYRIA, 'killed', 14)).toEqual(['2019-10-18', '2019-10-18']));
  it('wire (South Sudan): "the truce declared on Monday" leaves the figure on Friday', () => expect(periodOf(SOUTH_SUDAN, 'killed', 36)).toEqual(['2016-07-15', '2016-07-15']));
  it('news (Sudan): "a deal reached on Wednesday"', () => expect(periodOf(SUDAN, 'injured', 40)).toEqual(['2023-05-19', '2023-05-19']));
  it('wire (Yemen): a figure\'s own weekday is still its date', () => expect(periodOf(YEMEN, 'killed', 3)).toEqual(['2023-09-12', '2023-09-12']));
});
