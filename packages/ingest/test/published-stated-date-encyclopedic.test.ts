/**
 * A saved encyclopedic page whose metadata states a date (a copy's `pubDate`, a mirror's revision date): that date is
 * when the page was written or copied, years after its campaign, so its yearless days ("On 17 January") are read in
 * the story's own years, as for a page with no date (published.ts, `statedOrRevision`). Met in fresh campaign pages
 * copied in 2023 about 2017, 2020 and 2022 fighting. A news story keeps its stated date, even one titled as a
 * campaign. Pages written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { sayingVerbFormsFor } from '@frontline/schema';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const known = (value: string) => ({ value, from: "front matter 'published'", key: 'front-matter' });
const publishedOf = (text: string, stated: string, title?: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], known: known(stated), title, runDate: '2026-12-01' });

describe('a stated date on an encyclopedic page is the page\'s own', () => {
  it.each([
    ['Syria, defining lead', 'Hama offensive (2017)',
      'The Hama offensive (2017), also referred to as the Suran offensive, was an operation launched by rebel groups. ' +
        'On 21 March, rebels captured Suran. By 9 April, the army had retaken the town.', '2023-08-26'],
    ['Ukraine, defining lead', 'Battle of Bilohorivka',
      'The **Battle of Bilohorivka** was a military engagement in Luhansk Oblast that began on 5 May 2022. ' +
        'On 8 May, a bombed school collapsed. On 12 July, Russian troops entered the village.', '2023-07-14'],
    ['Sudan, title span', 'Siege of El Obeid (2023–2024)',
      'The RSF surrounded El Obeid in April. On 3 June, shelling hit the market. In late August, army convoys reached the city.', '2024-11-02'],
    ['Myanmar, infobox', 'Battle of Hpakant',
      'Battle of Hpakant\nDate 5 March – 20 May 2024\nLocation Hpakant, Kachin State\nResult KIA victory\n' +
        'The KIA attacked the town on 5 March. On 20 May, junta troops withdrew.', '2025-01-09'],
  ])('%s', (_case, title, text, stated) => {
    const got = publishedOf(text, stated, title);
    expect(got.published).toBe('');
    expect(got.published_evidence).toContain('encyclopedic page');
    expect(got.published_evidence).toContain(stated);
  });

  it('a news story keeps its stated date, whatever its title', () => {
    const story = 'Rebels captured Suran on Tuesday, 21 March, and pushed towards Hama, activists said.';
    expect(publishedOf(story, '2017-03-22', 'Rebels seize Suran').published).toBe('2017-03-22');
    // Titled as a campaign and dated over months, but known only by that shape: a story may be so titled.
    const shaped = 'Rebels captured Suran on 21 March. By 9 April, the army had retaken the town, and in May it advanced north.';
    expect(publishedOf(shaped, '2017-05-30', 'Hama offensive').published).toBe('2017-05-30');
  });
});

/**
 * A report may open on the campaign's name as an encyclopedia does ("The battle of X began on ..."); a verb of saying
 * in that first sentence marks it a report's lead (saying-verbs.csv rows whose `uses` holds news-lead), for each form.
 */
describe('a lead that names the campaign but tells who said it keeps the stated date (DR Congo wire)', () => {
  it.each(sayingVerbFormsFor('news-lead'))('"the army %s"', (verb) => {
    const story = `The battle of Sake began on 7 February 2024, the army ${verb} reporters in Goma. On 23 February, shells hit a camp.`;
    expect(publishedOf(story, '2024-03-05', 'Battle of Sake').published).toBe('2024-03-05');
  });
});
