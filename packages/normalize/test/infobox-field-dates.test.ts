/**
 * An infobox's other fields date nothing (date-r51, `infoboxField` in extract's discourse.ts): after its Date field, a
 * commander's tenure ("(until the end of March 2015)") or a unit's ("(from June 2015)") is no story date, so the
 * casualty lines below it keep the battle's span and end on its last day. Pages written for this file (several wars,
 * a flattened copy with its labels glued to their values and one with spaces); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { periodOf } from './dated-text.ts';

// A flattened copy: an image's caption (prose) above the fields, labels glued to values, the commanders' tenures
// dated, then the casualty lines.
const GLUED = [
  'Siege of Kerrin',
  'Part of the Valdar War',
  'The shelled grain silo of Kerrin, 2016.',
  'The silo was left standing as a memorial.',
  'Date3 March – 27 June 2014',
  '(3 months, 3 weeks and 3 days)',
  'LocationKerrin, North Valdar',
  'Result Government victory',
  'Commanders and leaders',
  'Ivan Morosko (until the end of April 2014)',
  'Petr Galan (from May 2014)',
  'Casualties and losses',
  'Government figures:',
  '(640 dead, 1,900 wounded)',
  '415 civilians killed',
  '',
  'The siege of Kerrin was a 117-day siege of the river town of Kerrin by government troops.',
].join('\n');

// Spaced labels after a caption, a unit's dated service between the Date field and the losses.
const SPACED = [
  'Battle of Amber Ridge (2019)',
  'A National Army post on the ridge, 2020. Its walls still carry the marks of the fighting.',
  'Date 12 January – 9 February 2019',
  'Location Amber Ridge, Tanasi Province',
  'Belligerents',
  'National Army',
  'Frontier Rifles (until January 2019)',
  'Casualties and losses',
  '230 killed, 510 wounded',
  '',
  'The Battle of Amber Ridge was fought between the National Army and rebels for control of the ridge.',
].join('\n');

describe("an infobox's casualty lines take the battle's span, not a field's date", () => {
  it('a flattened copy (glued labels): the tenure before the losses is no date', () => {
    expect(periodOf(GLUED, 'killed', 640)).toEqual(['2014-03-03', '2014-06-27']);
    expect(periodOf(GLUED, 'killed', 415)).toEqual(['2014-03-03', '2014-06-27']);
  });
  it("spaced labels: a unit's dated service before the losses is no date", () => {
    expect(periodOf(SPACED, 'injured', 510)[1]).toBe('2019-02-09');
  });
  it('the prose after the infobox dates as before', () => {
    const text = `${SPACED}\n\nOn 20 January, rebels ambushed a convoy and killed 17 soldiers.`;
    expect(periodOf(text, 'killed', 17)).toEqual(['2019-01-20', '2019-01-20']);
  });
});
