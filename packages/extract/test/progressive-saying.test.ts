/**
 * A verb of saying in the progressive ("were reporting that", "are claiming that", "was saying that") names its subject
 * as the reporter, as its simple past does. Sentences written for the rule, in assessment, encyclopedic narrative,
 * wire and situation-report prose, across several wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reporters = (text: string) => extract(text).flatMap((f) => f.reporter_texts);

describe('a progressive verb of saying before "that"', () => {
  it.each([
    ['assessment, Ukraine', 'By 9 March, Russian military bloggers were reporting that Ukrainian troops had retaken Klishchiivka.', 'Russian military bloggers'],
    ['encyclopedic, Sudan', 'On 14 June, army officers were claiming that their troops had killed 60 RSF fighters near Al-Fula.', 'army officers'],
    ['wire, Syria', 'Rescue workers were saying that 17 civilians had been killed in the strikes on Ariha.', 'Rescue workers'],
    ['situation report, DR Congo', 'Local authorities have been reporting that 4,500 families fled Sake since the weekend.', 'Local authorities'],
  ])('%s', (_genre, text, who) => expect(reporters(text)).toContain(who));
});

describe('a progressive verb that says nothing', () => {
  it.each([
    ['wire, Yemen', 'Medics were reporting for duty when 12 people were killed in the strike on Saada.'],
    ['encyclopedic, Ukraine', 'Ukrainian units were claiming ground near Robotyne, and they captured 3 villages on 20 August.'],
  ])('%s', (_genre, text) => expect(reporters(text)).toEqual([]));
});
