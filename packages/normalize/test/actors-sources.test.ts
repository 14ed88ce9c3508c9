import { describe, expect, it } from 'vitest';
import { resolveActor } from '../src/actors.ts';
import { resolveSource, resolveSources } from '../src/sources.ts';

describe('actors', () => {
  const cases: [string, string, string][] = [
    ['Al Assad’s forces', 'government', 'Syrian government forces'],
    ["Al Assad's forces", 'government', 'Syrian government forces'],
    ['the regime army', 'government', 'Syrian government forces'],
    ['troops of President Bashar al-Assad', 'government', 'Syrian government forces'],
    ['the resistance axis', 'government', 'Syrian government forces'],
    ['pro-regime forces', 'government', 'Syrian government forces'],
    ['Russian warplanes', 'government', 'Syrian government forces'],
    ['jihadists', 'opposition', 'Hayat Tahrir al-Sham'],
    ['Hay’at Tahrir a-Sham', 'opposition', 'Hayat Tahrir al-Sham'],
    ['Jabhat a-Nusra', 'opposition', 'Hayat Tahrir al-Sham'],
    ['rebels', 'opposition', 'Syrian opposition (unspecified)'],
    ['rebel fighters', 'opposition', 'Syrian opposition (unspecified)'],
    ['Jaish al-Izza', 'opposition', 'Jaish al-Izza'],
    ['Daesh militants', 'isis', 'Islamic State'],
    ['ISIS jihadists', 'isis', 'Islamic State'],
    ['IS', 'isis', 'Islamic State'],
    ['Turkish troops', 'turkey', 'Turkish Armed Forces'],
    ['Kurdish-led SDF fighters', 'kurdish', 'Syrian Democratic Forces'],
  ];
  it.each(cases)('%s', (text, actor, name) => expect(resolveActor(text)).toEqual({ actor, actor_name: name }));
  it('a named group beats a generic word next to it, then the longest alias wins', () => {
    expect(resolveActor('HTS militants').actor_name).toBe('Hayat Tahrir al-Sham');
    expect(resolveActor('Turkish-backed rebels').actor_name).toBe('Free Syrian Army');
  });
  it('the English word "is" is not Islamic State (acronyms match in capitals only)', () => {
    expect(resolveActor('what is left of the town')).toEqual({ actor: '', actor_name: '' });
  });
  it('empty or unknown text gives no actor', () => {
    expect(resolveActor('')).toEqual({ actor: '', actor_name: '' });
    expect(resolveActor('unknown gunmen')).toEqual({ actor: '', actor_name: '' });
  });
});

describe('sources', () => {
  const cases: [string, string][] = [
    ['the UN’s Office of Humanitarian Affairs (OCH)', 'UN OCHA'],
    ['United Nations High Commissioner for Refugees', 'UNHCR'],
    ['the Civil Defense', 'Syrian Civil Defence'],
    ['a source with the Idlib Civil Defense', 'Syrian Civil Defence'],
    ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights'],
    ['OSDH', 'Syrian Observatory for Human Rights'],
    ['the Britain-based monitor', 'Syrian Observatory for Human Rights'],
    ['the United Nations', 'United Nations'],
    ['local councils', 'Local councils'],
    ['pro-opposition media', 'Pro-opposition media'],
    ['Turkish Red Crescent', 'Turkish Red Crescent'],
    ['Syrian state news outlet SANA', 'SANA'],
  ];
  it.each(cases)('%s', (text, name) => expect(resolveSource(text)).toBe(name));
  it('text no registry entry matches is kept as written, without a leading article', () => {
    expect(resolveSource('Ahmad a-Shami')).toBe('Ahmad a-Shami');
    expect(resolveSource('a doctor in Saraqeb')).toBe('doctor in Saraqeb');
    expect(resolveSource('  the local hospital director ')).toBe('local hospital director');
  });
  it('"who" in a description is not the WHO', () => {
    expect(resolveSource('a nurse who works in Idlib')).toBe('nurse who works in Idlib');
    expect(resolveSource('the WHO')).toBe('World Health Organization');
  });
  it('de-duplicates and keeps order', () => {
    expect(resolveSources(['Syrian Observatory for Human Rights', 'OSDH', 'the Civil Defense', 'SOHR', ''])).toEqual([
      'Syrian Observatory for Human Rights',
      'Syrian Civil Defence',
    ]);
    expect(resolveSources(['Ahmad a-Shami', 'local councils'])).toEqual(['Ahmad a-Shami', 'Local councils']);
  });
});
