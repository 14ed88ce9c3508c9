/**
 * Regional outlets set a photo caption under the headline that ends with a labelled credit after a dash or bar, often
 * with the photo's own day in it: "Families reach Adre – 14 May 2024 – Source: a camp committee". The caption is page
 * furniture: its day is the photo's, not the page's, so it must not be read as the page's date line. Pages written for
 * the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../src/boilerplate.ts';
import { inferPublished } from '../src/published.ts';

const publishedOf = (page: string) => {
  const { text, removed } = removeBoilerplate(page);
  return inferPublished({ text, sentences: [], removed, runDate: '2026-12-01' }).published;
};
const captions = (page: string) => removeBoilerplate(page).removed.filter((r) => r.reason === 'caption').map((r) => r.text);

describe('a caption closed by a labelled credit', () => {
  it.each([
    // Sudan, a Darfur outlet: the caption's day is a month before the story's
    ['Shelling drives 300 families from Nyala\n07/09/2024 11:20\nFamilies arriving in Kas from Nyala – 2 August 2024 – Source: Kas emergency room\n'
      + 'Nyala\nSeptember 7, 2024:\nShelling drove 300 families from two districts of Nyala from Tuesday to Friday, a local committee said.', '2024-09-07'],
    // Syria, a Syrian outlet, the credit after a bar
    ['Civil Defence: 9 killed in strikes on Ariha\nRescuers search the rubble in Ariha, 17 August 2019 | Photo: Civil Defence\nBy Staff | September 3, 2019\n'
      + 'Nine civilians were killed on Monday in air strikes on Ariha, the Civil Defence said.', '2019-09-03'],
    // Ukraine, a national outlet, the credit after a hyphen
    ['Two killed in shelling of Kherson\nA damaged house in Kherson on 1 March 2024 - Photo credit: regional military administration\n12.03.2024 10:41\n'
      + 'Russian shelling killed two people in Kherson on Monday, the governor said.', '2024-03-12'],
    // DRC, the caption's day alone on the date line's place
    ['M23 seizes Rubaya mines\nCamps for displaced people near Goma – 20 March 2024 – Source: a local NGO\n'
      + 'GOMA, 2 May 2024 - M23 rebels seized the mining town of Rubaya on Tuesday, local officials said.', '2024-05-02'],
  ])('%#', (page, day) => expect(publishedOf(page)).toBe(day));

  it.each([
    'Families arriving in Kas from Nyala – 2 August 2024 – Source: Kas emergency room',
    'Rescuers search the rubble in Ariha, 17 August 2019 | Photo: Civil Defence',
    'Displaced families shelter in a school in Sanaa – Image: UNICEF Yemen',
  ])('removed as a caption: %s', (line) => expect(captions(`Title\n${line}\nStory line one.`)).toEqual([line]));

  it.each([
    // a page stamp with a credit field describes nothing: it is no caption
    '12 May 2025 | Source: OCHA',
    'Published 3 June 2024 - Source: UNHCR',
    // a story sentence naming its source in words, and one with a colon inside the sentence
    'At least 40 people were killed in the attack on the market of Gao, according to local sources.',
    'The toll rose to 21 on Sunday - the source said: more bodies were found under the rubble of the mosque.',
  ])('kept: %s', (line) => expect(captions(`Title\n${line}\nStory line one.`)).toEqual([]));
});
