import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { isCountingVerb, parseSayingVerbs, sayingPattern, sayingVerbs } from '../src/saying-verbs.ts';

const norm = (s: string) => s.toLowerCase().replace(/^(?:the|an?)\s+/, '').trim();

describe('saying-verbs.csv: every row names its speaker', () => {
  it.each(sayingVerbs().map((v) => [v.verb, v] as const))('%s', (_verb, v) => {
    const found = new RegExp(String.raw`\b${sayingPattern()}\b`).exec(v.example)?.[0] ?? '';
    expect(v.forms.map((f) => f.toLowerCase())).toContain(found.toLowerCase().replace(/\s+/g, ' '));
    const facts = extract(v.example);
    expect(facts.length).toBeGreaterThan(0);
    const reporters = facts.flatMap((f) => f.reporter_texts.map(norm));
    expect(reporters).toContain(norm(v.speaker));
  });
});

describe('a verb held to the words after it', () => {
  it('"declared" says only with "that"', () => {
    const said = extract('The ministry declared that 18 people were killed in the bombardment of Taiz.');
    expect(said.flatMap((f) => f.reporter_texts.map(norm))).toContain('ministry');
    const not = extract('The ministry declared a curfew after 18 people were killed in the bombardment of Taiz.');
    expect(not.flatMap((f) => f.reporter_texts.map(norm))).not.toContain('ministry');
  });
  it.each([
    ['sitrep, Sudan', 'UNHCR indicated that some 2,500 refugees crossed into Chad from West Darfur last week.', 'unhcr'],
    ['monitor, Syria', 'The Syrian Network for Human Rights pointed out that 41 civilians were killed in Daraa in May.', 'syrian network for human rights'],
    ['outlet, Myanmar', 'AAPP indicates that 19 villagers were killed in the raid on Kani township.', 'aapp'],
  ])('"indicated" and "pointed out" say with "that", %s: %s', (_genre, s, who) => {
    expect(extract(s).flatMap((f) => f.reporter_texts.map(norm))).toContain(who);
  });
  it.each([
    'Shelling on Kharkiv indicated a new offensive, and 12 civilians were killed in the city.',
    'The officer pointed out the positions where 30 soldiers were killed near Avdiivka.',
  ])('no saying without "that": %s', (s) => {
    expect(extract(s).flatMap((f) => f.reporter_texts)).toEqual([]);
  });
  it('"posted" says only on a channel', () => {
    const re = new RegExp(String.raw`\b${sayingPattern()}\b`);
    expect(re.exec('The governor posted on Telegram that 3 died.')?.[0]).toBe('posted');
    expect(re.exec('Troops posted to Mosul were withdrawn.')).toBeNull();
  });
});

describe('which verbs are of counting or reporting', () => {
  it.each([
    ['tracked', true], ['estimating', true], ['verified', true], ['received reports', true], ['issued', true],
    ['documenting', true], ['said', false], ['told', false], ['warned', false], ['posted', false],
  ])('%s -> %s', (verb, expected) => expect(isCountingVerb(verb)).toBe(expected));
});

describe('the table is checked when read', () => {
  const head = 'verb,forms,kind,followed_by,example,speaker,source\n';
  it('a kind outside speech and reporting stops with the line', () => {
    expect(() => parseSayingVerbs(head + 'opine,opined,opinion,,"He opined.",He,https://example.org/x\n', 't.csv')).toThrow(/t\.csv line 2.*kind/);
  });
  it('a followed_by that is no regular expression stops with the verb', () => {
    expect(() => parseSayingVerbs(head + 'opine,opined,speech,(?=,"He opined.",He,https://example.org/x\n', 't.csv')).toThrow(/opine/);
  });
  it('a row without a source stops', () => {
    expect(() => parseSayingVerbs(head + 'opine,opined,speech,,"He opined.",He,\n', 't.csv')).toThrow(/source/);
  });
  it('a new row is a new verb of saying', () => {
    const verbs = parseSayingVerbs(head + 'opine,opined|opines,speech,,"He opined.",He,https://example.org/x\n', 't.csv');
    expect(new RegExp(String.raw`\b${sayingPattern(verbs)}\b`).exec('the mayor opined that')?.[0]).toBe('opined');
  });
});

describe('"stressed" says with "that" (h-coll7)', () => {
  it.each([
    ['sitrep, DR Congo', 'OCHA stressed that 45 civilians were killed in attacks in Djugu territory in June.', 'ocha'],
    ['wire, Yemen', 'The IOM said clashes continued near Marib. It stressed that more than 3,000 families have fled Marib city since January.', 'iom'],
  ])('%s: %s', (_genre, s, who) => {
    expect(extract(s).flatMap((f) => f.reporter_texts.map(norm))).toContain(who);
  });
  it('no saying without "that"', () => {
    const s = 'The governor stressed the need for aid after 12 people were killed in the shelling of Kherson.';
    expect(extract(s).flatMap((f) => f.reporter_texts.map(norm))).not.toContain('governor');
  });
});
