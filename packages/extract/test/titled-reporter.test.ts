/**
 * A person's title before one name ("President Zelensky said", "Mr Abiy said", "Sudan's Gen. Burhan said") is no part of
 * the reporter: the name is, as when it is written alone. A title before a body's noun ("General Command") or an
 * English word ("General Security") stays part of that name. Sentences written for the rule, in wire, outlet and assessment prose, across several wars; none comes
 * from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reporters = (text: string) => extract(text).flatMap((f) => f.reporter_texts);

describe('a title before one name', () => {
  it.each([
    ['wire, Ukraine', 'President Zelensky said Ukrainian forces had retaken three villages near Bakhmut.', 'Zelensky'],
    ['outlet, Ukraine, possessive', "Ukraine's President Zelenskyy said in his nightly address that troops had liberated 4 villages near Kupiansk.", 'Zelenskyy'],
    ['wire, Ethiopia', 'Mr Abiy said the army had captured 3 towns in Tigray.', 'Abiy'],
    ['assessment, Sudan', 'Governor Arko said the RSF had killed 40 civilians in Geneina on Monday.', 'Arko'],
  ])('%s', (_genre, text, who) => expect(reporters(text)).toEqual([who]));
});

describe('a title that is not before one name', () => {
  it.each([
    ['outlet, Iraq', 'Peshmerga General Command said its forces had freed 6 villages near Bashiqa.', 'Peshmerga General Command'],
    ['wire, Ukraine, full name', "Ukraine's President Volodymyr Zelenskyy said troops had liberated 4 villages near Kupiansk.", 'Volodymyr Zelenskyy'],
    ['sitrep, Lebanon, an agency', 'About 12,000 people crossed into Syria on Monday, according to General Security.', 'General Security'],
    ['outlet, Sudan, an agency', 'General Intelligence said 14 civilians were killed in the shelling of Omdurman.', 'General Intelligence'],
  ])('%s', (_genre, text, who) => expect(reporters(text)).toEqual([who]));
});
