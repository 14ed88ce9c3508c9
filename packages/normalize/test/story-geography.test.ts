/**
 * Same-named places settled by the story's geography (issue 9, story.ts): a name with candidates in several admin1
 * is the one near the places the text settles by name alone, first those of its own paragraph, then the whole
 * story's; when every candidate is a village far from the story's places, none is taken. Invented texts in three wars
 * and three genres; the places are real, and each named village has namesakes in another admin1.
 */
import { describe, expect, it } from 'vitest';
import { on, placed } from './dated-text.ts';

describe('the candidate near the story\'s places', () => {
  // Novoselivka: a village near Lyman in Donetsk Oblast and five villages in Odesa Oblast; the story's other places
  // lie across the border in Kharkiv and Luhansk oblasts, so no admin1 count names Donetsk.
  const wire = on('2022-09-27', [
    'KYIV, Sept 27 (Reuters) - Ukrainian forces pushed east from Izium and Kupiansk, the General Staff said on Tuesday.',
    '',
    'Russian shelling killed three civilians in Kreminna overnight, the regional governor said.',
    '',
    'Ukrainian troops recaptured Novoselivka on Monday, the General Staff said.',
  ].join('\n'));
  it('wire, Ukraine: the Donetsk village beside Izium and Kreminna, not the larger one in Odesa', () => {
    expect(placed(wire, 'Novoselivka')).toEqual([['Novoselivka'], ['Donetsk']]);
  });

  // Abdin: a village of Khan Shaykhun sub-district (southern Idlib) and one in Dar'a; the story's places are in
  // northern Hama, a few kilometres across the governorate border.
  const monitor = on('2019-05-20', [
    'Regime forces captured Kafr Nabudah on Sunday after heavy shelling, the Syrian Observatory for Human Rights said.',
    '',
    'Warplanes struck al-Lataminah and Kafr Zita, killing four civilians, the Observatory said.',
    '',
    'Russian warplanes also struck Abdin, killing three children, according to the Observatory.',
  ].join('\n'));
  it('monitor, Syria: the Idlib village beside the story\'s northern Hama, not its Dar\'a namesake', () => {
    expect(placed(monitor, 'Abdin')).toEqual([['Abdin (Khan Shaykun)'], ['Idlib']]);
  });
});

describe('the candidate near its own paragraph\'s places', () => {
  // Az Zahir: a district seat in Al Jawf and one in Al Bayda. The report is mostly about Al Jawf; the paragraph about
  // Al Bayda names Rada and Mukayras before it.
  const sitrep = on('2021-03-04', [
    'Yemen: Flash Update No. 3',
    '',
    'Clashes in Al Ghayl, Al Matun and Al Maslub displaced some 900 families this week, according to IOM.',
    '',
    'Fighting near Rada and Mukayras continued for a third day. A further 150 households fled Az Zahir, IOM said.',
  ].join('\n'));
  it('situation report, Yemen: the Al Bayda seat of the paragraph about Al Bayda, not the one of the story\'s Al Jawf', () => {
    expect(placed(sitrep, 'Az Zahir')[1]).toEqual(['Al Bayda']);
  });

  // Faqie: a village of Kafr Nobol sub-district (Idlib) and one of Sheikh Miskine (Dar'a). The story is about Idlib;
  // one paragraph turns to Dar'a.
  const monitor = on('2018-07-02', [
    'Government shelling on Kafr Nabl, Saraqib and Maarat al-Numan killed six civilians on Sunday, the Syrian Observatory for Human Rights said.',
    '',
    'Regime forces also shelled Khan Shaykhun, the Observatory said.',
    '',
    'In the south, regime forces took Jasim and Tafas after rebels withdrew. Two civilians were killed in shelling on Faqie, the Observatory said.',
  ].join('\n'));
  it('monitor, Syria: the Dar\'a village of the paragraph about Dar\'a, not the Idlib one of the rest of the story', () => {
    expect(placed(monitor, 'Faqie')).toEqual([['Faqie (Sheikh Miskine)'], ['Daraa']]);
  });
});

describe('no candidate near the story\'s places', () => {
  // Ozerne: villages in Zhytomyr, Odesa and Mykolaiv oblasts, none near a story about Luhansk and Kharkiv.
  const outlet = on('2022-09-05', [
    'Ukrainian forces have advanced around Izium and Kupiansk, officials said on Monday.',
    '',
    'Shelling of Svatove and Kreminna killed two civilians, the regional governor said.',
    '',
    'Ukrainian troops recaptured Ozerne on Saturday, the army said.',
    '',
    'Russian shelling killed two soldiers in Brusivka, the army said.',
  ].join('\n'));
  it('outlet, Ukraine: a village far from every place of the story is left unresolved, not the largest namesake', () => {
    expect(placed(outlet, 'Ozerne')[0]).toEqual([]);
  });
  it('outlet, Ukraine: nor is a village the world index finds only by a loose key (Borysivka, Odesa, for Brusivka)', () => {
    expect(placed(outlet, 'Brusivka')[0]).toEqual([]);
  });

  // Kahlo (an invented village): its loose key finds Al Kahla, a district seat in Maysan, 600 km from the story.
  const iraq = on('2017-05-02', [
    'Iraqi forces advanced from Mosul towards Tal Afar and Baaj, the Joint Operations Command said on Tuesday.',
    '',
    'Popular Mobilization Forces recaptured Hatra on Monday.',
    '',
    'The forces also retook Kahlo, the command said.',
  ].join('\n'));
  it('wire, Iraq: nor is a district seat the world index finds only by a loose key, far from the story', () => {
    expect(placed(iraq, 'Kahlo')[0]).toEqual([]);
  });

  it('a name with no other place in the text keeps the larger namesake', () => {
    expect(placed(on('2022-09-05', 'Ukrainian troops recaptured Ozerne on Saturday, the army said.'), 'Ozerne')[1]).toEqual(['Zhytomyr Oblast']);
  });
});
