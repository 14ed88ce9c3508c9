/**
 * "After recapturing X and Y, the brigade went on to take Z": a section organised by place opens undated after the
 * story has moved on. The captures its opening clause names were told earlier with their days; the sentence is of the
 * day the last of them was told, not of the last date read. Sentences written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

const NARRATIVE = (title: string, body: string) => `${title}\n\nThe ${title} was a campaign of the war.\n\n## Campaign\n${body}`;

const endsOf = (text: string, place: string) =>
  facts(text).filter((f) => f.kind === 'territory' && f.place_mentions.includes(place)).map((f) => f.period_end);

describe('an opening "After taking X and Y," is of the day the story told them taken', () => {
  it.each([
    ['encyclopedic, Syria', NARRATIVE('Tabqa offensive (2017)',
      'On 6 March, the SDF captured Jaber. On 9 March, the SDF captured Hamra.\n\nOn 26 March, the SDF reached the dam.\n\n' +
      '### Southern axis\nAfter capturing Jaber and Hamra, the SDF went on to seize Mahmudli.'), 'Mahmudli', '2017-03-09'],
    ['encyclopedic, Ukraine', NARRATIVE('Battle of Kupiansk (2022)',
      'On 7 September, Ukrainian forces liberated Balakliia. On 8 September, they recaptured Shevchenkove.\n\nOn 10 September, Ukrainian forces entered Kupiansk.\n\n' +
      '### Northern flank\nFollowing the recapture of Balakliia and Shevchenkove, Ukrainian troops also retook Velykyi Burluk.'), 'Velykyi Burluk', '2022-09-08'],
    ['monitor chronology, Libya', on('2019-05-20',
      'Chronology of the fighting south of Tripoli\n\nOn 4 April, LNA forces captured Gharyan. On 5 April, LNA forces seized Qasr Bin Ghashir.\n\n' +
      'On 17 April, rockets struck Abu Salim.\n\nHaving taken Gharyan and Qasr Bin Ghashir, LNA forces also captured Suq al-Khamis.'), 'Suq al-Khamis', '2019-04-05'],
  ])('%s', (_genre, text, place, day) => {
    expect(endsOf(text, place)).toEqual([day]);
  });

  it('a capture told as background (a relative clause\'s year) is not the one the opening names', () => {
    const text = NARRATIVE('Tabqa offensive (2017)',
      'On 6 March, the SDF captured Jaber. On 9 March, the SDF captured Hamra, which ISIL had seized in 2014.\n\nOn 26 March, the SDF reached the dam.\n\n' +
      '### Southern axis\nAfter capturing Jaber and Hamra, the SDF went on to seize Mahmudli.');
    expect(endsOf(text, 'Mahmudli')).toEqual(['2017-03-09']);
  });

  it('a capture the story never dated says nothing: the sentence keeps the last date read', () => {
    const text = NARRATIVE('Tabqa offensive (2017)',
      'On 6 March, the SDF captured Jaber.\n\nOn 26 March, the SDF reached the dam.\n\n### Southern axis\nAfter capturing Hamra, the SDF went on to seize Mahmudli.');
    expect(endsOf(text, 'Mahmudli')).toEqual(['2017-03-26']);
  });
});
