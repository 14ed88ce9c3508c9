import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../src/index.ts';

const PARA = 'Government forces captured the village on Tuesday, the monitor said.';

/** The reason a line gets when it sits between two paragraphs, '' when it is kept. */
function reasonOf(line: string): string {
  const { text, removed } = removeBoilerplate(`${PARA}\n\n${line}\n\n${PARA} Again.`);
  if (text.includes(line)) return '';
  return removed.find((r) => r.text === line.trim())?.reason ?? '?';
}

describe('boilerplate families', () => {
  it.each([
    ['Ⓒ AFP – JOHN DOE – | A fighter walks past a damaged building in Saraqeb, January 3, 2018', 'caption'],
    ['© Reuters', 'credit'],
    ['This file photo shows residents inspecting a crater in Ariha, Syria, Monday, May 7, 2017.', 'caption'],
    ['A handout picture released by the White Helmets shows rescuers in Maarat al-Numan.', 'caption'],
    ['Displaced families wait near the border on March 2. Photo by Jane Roe/AFP.', 'caption'],
    ['Smoke rises over the town (Photo: Reuters)', 'caption'],
    ['AP', 'credit'],
    ['AFP', 'credit'],
    ['Reuters', 'credit'],
    ['Getty Images', 'credit'],
    ['Photo: AFP', 'credit'],
    // The agency's own credit form: agency first, then the photographer, and maybe a desk note.
    ['Displaced families queue for water at a camp outside Marib, Yemen April 9, 2018. REUTERS/Jane Roe', 'caption'],
    ['A boy walks through the rubble of a school in Khan Younis (AP Photo/John Doe)', 'caption'],
    ['Smoke rises after shelling in Bakhmut, Ukraine, January 3, 2023. AFP/Jane Roe/File Photo', 'caption'],
    ['Refugees from Darfur cross into Chad near Adre on June 4. Xinhua/Li Ming', 'caption'],
    // Prose that names an agency keeps its line.
    ['Two soldiers were killed near Gao on Monday, a security source told AFP.', ''],
    ['The army said it had retaken the town, according to Reuters/Ipsos polling staff in the area today.', ''],
  ])('photo captions and credits: %s', (line, reason) => {
    expect(reasonOf(line)).toBe(reason);
  });

  it.each([
    ['Sign in / Join', 'sign_in'],
    ['Sign in', 'sign_in'],
    ['Log in', 'sign_in'],
    ['Subscribe', 'subscribe'],
    ['Subscribe to our newsletter', 'subscribe'],
    ['6 min read', 'reading_time'],
    ['3 minute read', 'reading_time'],
    ['Share this article', 'share'],
    ['Share on Facebook', 'share'],
    ['Share on Twitter', 'share'],
    ['Facebook Twitter WhatsApp Email', 'share'],
    ['Terms of service', 'legal'],
    ['Privacy policy', 'legal'],
    ['© 2018 Example Media. All rights reserved.', 'legal'],
    ['Cookie settings', 'cookie'],
    ['We use cookies to improve your experience on our site.', 'cookie'],
    ['Advertisement', 'advertisement'],
  ])('page furniture: %s', (line, reason) => {
    expect(reasonOf(line)).toBe(reason);
  });

  it('keeps section headings and prose that mention the same words', () => {
    expect(reasonOf('Drive for military airport')).toBe('');
    expect(reasonOf('– Displaced ‘homeless’ –')).toBe('');
    expect(reasonOf('Activists said they would share photos of the strikes with the UN.')).toBe('');
    expect(reasonOf('AFP journalists saw dozens of families fleeing the town on foot.')).toBe('');
    expect(reasonOf('Sources said the army had entered the town.')).toBe('');
  });

  it('removes a "Source :" / "Related:" / "Read more:" header and the link list after it', () => {
    for (const header of ['Source :', 'Related:', 'Read more:', 'More on this']) {
      const body = `${PARA}\n\n${header}\n\nRegime gains ground in Hama\nAfter Aleppo, what next for Idlib?\nWhy Turkey fears a new exodus – Analysis`;
      const { text, removed } = removeBoilerplate(body);
      expect(text).toBe(PARA);
      expect(removed.map((r) => r.reason)).toEqual(['link_list', 'link_list', 'link_list', 'link_list']);
    }
  });

  it('ends a link list at the first line of prose', () => {
    const { text } = removeBoilerplate(`${PARA}\n\nRelated:\nRegime gains ground in Hama\n\nThe offensive resumed on Friday, residents said.`);
    expect(text).toBe(`${PARA}\n\nThe offensive resumed on Friday, residents said.`);
  });

  it('removes "Read more: <title>" on one line', () => {
    expect(reasonOf('Read more: Thousands flee as fighting nears Idlib')).toBe('link_list');
  });

  it('removes a line that repeats an earlier one exactly', () => {
    const { text, removed } = removeBoilerplate(`Headline\n\n${PARA}\n\n${PARA}\n\nEnd of story.`);
    expect(text).toBe(`Headline\n\n${PARA}\n\nEnd of story.`);
    expect(removed).toEqual([{ text: PARA, reason: 'repeated_line' }]);
  });

  it('removes a lead fragment ending in […] or [...] that the next paragraph repeats', () => {
    for (const mark of ['[…]', '[...]']) {
      const lead = `BEIRUT: Rebels launched a counter-attack south of the airbase ${mark}`;
      const { text, removed } = removeBoilerplate(`Headline\n\n${lead}\n\n10 May 2019\n\nBEIRUT: Rebels launched a counter-attack south of the airbase on Friday.`);
      expect(removed).toEqual([{ text: lead, reason: 'repeated_lead' }]);
      expect(text).toBe('Headline\n\n10 May 2019\n\nBEIRUT: Rebels launched a counter-attack south of the airbase on Friday.');
    }
  });

  it('keeps a trailing ellipsis that nothing repeats', () => {
    expect(reasonOf('And then the shelling began […]')).toBe('');
  });

  it('joins kept lines with one blank line between paragraphs and counts what it removed', () => {
    const body = '\n\nTitle line\n\n\nAP\n\n\nFirst paragraph.\nSecond line of it.\n\n\n\nShare this article\n\n';
    const { text, removed } = removeBoilerplate(body);
    expect(text).toBe('Title line\n\nFirst paragraph.\nSecond line of it.');
    expect(removed).toHaveLength(2);
  });
});
