/**
 * The medium a source spoke to, between the source and its verb ("the head of the health department in talks with
 * Xinhua confirmed", "a doctor speaking to AFP said"), ends the subject: the source said it (attribution.ts,
 * subjectEnd). Sentences written for the rule: wire copy in several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string, value: number) => extract(text).map(brief).find((f) => f.value === value)?.reporters ?? [];

describe('the source before "in talks with <medium>"', () => {
  it.each([
    ['Afghanistan', 'The head of the provincial health department in talks with Xinhua confirmed that 20 bodies had been taken to hospital.', 20, 'head of the provincial health department'],
    ['Somalia', 'A police officer in Mogadishu in a phone interview with Xinhua confirmed that seven people were killed in the blast.', 7, 'police officer'],
    ['Syria', 'A doctor at the hospital in Douma speaking to AFP said 12 civilians had been killed in the strikes.', 12, 'doctor at the hospital'],
    ['Yemen', 'A local official in Taiz in talks with Anadolu Agency confirmed that nine civilians were killed in the shelling.', 9, 'local official'],
  ])('%s: the source is the reporter', (_war, text, value, source) => {
    expect(reporters(text, value)).toContain(source);
  });
});
