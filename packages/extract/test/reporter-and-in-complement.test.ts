/**
 * A body's name whose "of" or "for" complement goes on through "and" in capitals ("Ministry of Labour and Social
 * Affairs", "Union of Mobile Clinics and Health Workers") is one reporter, not two; "and" before a registry source or a
 * phrase in lower case still joins two reporters. Sentences written for this file.
 */
import { rule } from './rule.ts';

rule('"and" inside a body\'s complement keeps the name whole', [
  ['sitrep', 'The Union of Mobile Clinics and Health Workers said 14 civilians were injured in Taiz on Monday.', [
    { category: 'injured', value: 14, reporters: ['Union of Mobile Clinics and Health Workers'] },
  ]],
  ['thinktank', 'The Ministry of Veterans and Social Policy reported that 2,400 people were evacuated from Kupiansk.', [
    { category: 'displaced', value: 2400, reporters: ['Ministry of Veterans and Social Policy'] },
  ]],
  ['wire', 'According to the Office for Refugees and Returnees, 600 families fled Kunduz city on Tuesday.', [
    { category: 'displaced', value: 600, unit: 'families', reporters: ['Office for Refugees and Returnees'] },
  ]],
]);

rule('"and" before a registry source or lower-case words still joins two reporters', [
  ['wire', 'The Ministry of Health and UNHCR said 3,000 people fled Kadugli in May.', [
    { category: 'displaced', value: 3000, reporters: ['Ministry of Health', 'UNHCR'] },
  ]],
  ['regional', 'The Ministry of Interior and local officials said 7 policemen were killed in Sirte.', [
    { category: 'killed', value: 7, reporters: ['Ministry of Interior', 'local officials'] },
  ]],
]);
