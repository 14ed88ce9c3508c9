/**
 * "The army said" names the state forces of the article's own country: the registry's common-noun aliases of the
 * Syrian army hold in articles about Syria or of unknown country, not in reports from Somalia, Sudan or Afghanistan.
 */
import { describe, expect, it } from 'vitest';
import { SOURCES, parseSources } from '@frontline/schema';
import { resolveSource } from '../src/sources.ts';

describe('common nouns for state forces are bound to their country', () => {
  it.each([
    ['Afghan army', 'AF', 'Afghan army'],
    ['the army chief', 'SD', 'army chief'],
  ])('%s in an article about %s stays as written', (text, country, name) => expect(resolveSource(text, country)).toBe(name));

  // The bare noun is the armed forces of the article's own country, named by its demonym (never Syria's elsewhere).
  it.each([
    ['the army', 'SO', 'Somali army'],
    ['the Army', 'SD', 'Sudanese army'],
    ['The armed forces', 'SN', 'Senegalese armed forces'],
    ['the military', 'NG', 'Nigerian military'],
    ['the army spokesman', 'MM', 'Burmese army'],
    ["the Army's statement", 'CO', 'Colombian army'],
  ])('%s in an article about %s is that country\'s forces', (text, country, name) => expect(resolveSource(text, country)).toBe(name));

  it('a capitalised "Army" with no article is a name cut short, not the state\'s army', () => {
    expect(resolveSource('Army', 'MM')).toBe('Army');
  });

  it.each([
    ['the army', 'SY'],
    ['the army', ''],
    ['Syrian army', 'TR'],
    ['SAA', 'LB'],
  ])('%s (article country %s) is the Syrian army', (text, country) => expect(resolveSource(text, country)).toBe('Syrian government forces'));

  // Every nation has its own civil defence: the bare noun names the Syrian one only in a Syrian (or unplaced) story.
  it.each([
    ['the civil defence', 'PS', 'civil defence'],
    ['the Civil Defense', 'IQ', 'Civil Defense'],
    ['the civil defence', 'LB', 'civil defence'],
  ])('%s in an article about %s stays as written', (text, country, name) => expect(resolveSource(text, country)).toBe(name));

  it.each([
    ['the civil defence', 'SY'],
    ['the Civil Defence', ''],
    ['Syrian Civil Defence', 'TR'],
    ['the White Helmets', 'LB'],
  ])('%s (article country %s) is the Syrian Civil Defence', (text, country) => expect(resolveSource(text, country)).toBe('Syrian Civil Defence'));

  it('sources that are no state forces resolve in any country', () => {
    expect(resolveSource('the UN human rights office', 'SD')).toBe('Office of the UN High Commissioner for Human Rights');
  });

  it('which aliases are bound to a country is data: an invented state\'s rows', () => {
    // User-assigned ISO codes XF, XG; the columns of sources.csv.
    const rows = parseSources([
      'name,type,kind,text,country,source',
      'Estovakian Home Guard,government,alias,Estovakian Home Guard,XF,https://example.org/estovakia',
      'Estovakian Home Guard,government,local_alias,the Guard,XF,https://example.org/estovakia',
      'Gravonian Press Agency,media,alias,GPA,,https://example.org/gpa',
    ].join('\n'));
    const registry = [...SOURCES, ...rows];
    expect(rows[0]).toMatchObject({ country: 'XF', local: ['the Guard'] });
    expect(resolveSource('the Guard', 'XF', registry)).toBe('Estovakian Home Guard');
    expect(resolveSource('the Guard', '', registry)).toBe('Estovakian Home Guard');
    expect(resolveSource('the Guard', 'XG', registry)).toBe('Guard');
    expect(resolveSource('Estovakian Home Guard', 'XG', registry)).toBe('Estovakian Home Guard');
    expect(resolveSource('GPA', 'XG', registry)).toBe('Gravonian Press Agency');
  });

  it('a local alias without a country is refused with its reason', () => {
    const text = ['name,type,kind,text,country,source', 'Some Army,government,local_alias,the army,,https://example.org/a'].join('\n');
    expect(() => parseSources(text)).toThrow(/local aliases but no country/);
  });
});
