/**
 * A place as the subject of a verb of counting says where the figures were counted, not who counted them (issue 9,
 * fresh monitors' tolls: per-governorate and per-town breakdowns, "X recorded N killed and M injured"). Sentences
 * written for this file, in several wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (s: string) => extract(s).map(brief).map((f) => [f.value, f.reporters]);

describe('a place before "recorded" / "reported" is no reporter', () => {
  it.each([
    ['monitor, Iraq: two governorates', 'Nineveh recorded 52 killed and 80 injured, while Kirkuk recorded 9 killed.', ['Nineveh', 'Kirkuk']],
    ['outlet, Sudan: a town in its state', 'Singa in Sennar State reported four deaths and 12 injuries.', ['Sennar State', 'Singa in Sennar State']],
    ['monitor, Yemen: a town called a capital', 'Mukalla, the capital of Hadramawt, recorded two deaths and seven injuries.', ['Mukalla']],
    ['monitor, Ukraine: an oblast', 'Kharkiv Oblast registered 14 civilian deaths over the week.', ['Kharkiv Oblast']],
    ['monitor, Nigeria: a zone of compass points', 'Over the quarter, the South-East recorded 210 killings.', ['South-East']],
    ['monitor, Burkina Faso: joined compass points', 'The Centre-North recorded 45 deaths and 60 injuries in March.', ['Centre-North']],
    ['outlet, Nigeria: a zone noun', 'The Middle Belt recorded 130 killings last month.', ['Middle Belt']],
    ['monitor, Mali: a region by name', 'The Liptako region recorded 38 deaths in June.', ['Liptako region']],
  ])('%s', (_case, s, places) => {
    const found = reporters(s);
    expect(found.length).toBeGreaterThan(0);
    for (const [, names] of found) for (const place of places) expect(names).not.toContain(place);
  });

  it('an organisation before the same verbs stays the reporter (Syria, Afghanistan, DR Congo)', () => {
    expect(reporters('Airwars recorded 31 civilian deaths in Raqqa.')[0]![1]).toEqual(['Airwars']);
    expect(reporters('UNAMA documented the deaths of 40 civilians in Kunduz.')[0]![1]).toContain('UNAMA');
    expect(reporters('The Kivu Security Tracker recorded 23 civilians killed in Rutshuru.')[0]![1]).toEqual(['Kivu Security Tracker']);
    expect(reporters('The Regional Health Bureau recorded 17 deaths in Mekelle.')[0]![1]).toEqual(['Regional Health Bureau']);
  });
});

describe('a registry name that holds "in <Place>" or "for <Place>" is kept whole', () => {
  it.each([
    ['monitor, Afghanistan', 'The UN Assistance Mission in Afghanistan documented the deaths of 40 civilians in Kunduz.', 'UN Assistance Mission in Afghanistan'],
    ['monitor, Iraq', 'The UN Assistance Mission for Iraq recorded the deaths of 96 civilians in Nineveh in May.', 'UN Assistance Mission for Iraq'],
  ])('%s: %s', (_case, s, name) => {
    expect(reporters(s)[0]![1]).toContain(name);
  });

  it('a place after an unlisted reporter is still cut (Syria: "medics at the field hospital")', () => {
    expect(reporters('Medics at the field hospital in Saraqib said 6 civilians were killed.')[0]![1]).not.toContain('Medics at the field hospital in Saraqib');
  });
});
