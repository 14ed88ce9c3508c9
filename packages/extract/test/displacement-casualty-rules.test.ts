/**
 * Displacement and casualty constructions of situation reports, wires and outlets that the frames table and the
 * frame finder read (issue 9): evacuations, hosted and stranded stocks, appositions and brackets between a subject and
 * its verb, bare participles, "in addition to N", casualty nouns under a causing verb, possessive partitives and the
 * label lines of reports. Every sentence was written for these tests, in several genres and wars; none comes from the
 * seed or corpus texts, and each expected value is what the sentence says.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { rule } from './rule.ts';

rule('evacuations: the evacuated are displaced, an apposition between them and the verb', [
  ['sitrep', 'Some 2,400 people, mostly women and children, were evacuated from Kupiansk to Kharkiv on 12 May.', [
    { category: 'displaced', value: 2400, modifier: 'about', unit: 'persons', places: ['Kupiansk', 'Kharkiv'], time: 'on 12 May' },
  ]],
  ['wire', 'Volunteers evacuated 340 civilians from Bakhmut by bus on Tuesday, police said.', [
    { category: 'displaced', value: 340, unit: 'persons', places: ['Bakhmut'], time: 'on Tuesday', reporters: ['police'] },
  ]],
  ['encyclopedic', 'The siege ended with an estimated 9,000 residents, many of them fighters\' relatives, evacuated to Idlib governorate.', [
    { category: 'displaced', value: 9000, modifier: 'about', unit: 'persons', places: ['Idlib'] },
  ]],
]);

rule('a bare participle after its subject is a passive; hosted and stranded people are a stock', [
  ['sitrep', 'Partners are scaling up, with 18,400 people currently being hosted in six collective shelters in Dohuk.', [
    { category: 'idps_stock', value: 18400, unit: 'persons', places: ['Dohuk'] },
  ]],
  ['sitrep', 'About 3,000 families are sheltered in public buildings in Goma.', [
    { category: 'idps_stock', value: 3000, modifier: 'about', unit: 'families', places: ['Goma'] },
  ]],
  ['regional', 'Some 40 families remain stranded in a camp near Sinjar, local officials said.', [
    { category: 'idps_stock', value: 40, modifier: 'about', unit: 'families', places: ['Sinjar'], reporters: ['local officials'] },
  ]],
]);

rule('families restated in persons in brackets: one fact in each unit', [
  ['sitrep', 'The remaining 22 families (130 individuals) currently stranded in Hol camp need assistance.', [
    { category: 'idps_stock', value: 22, unit: 'families', places: ['Hol'] },
    { category: 'idps_stock', value: 130, unit: 'persons', places: ['Hol'] },
  ]],
  ['regional', 'Some 60 households (about 350 people) remain stranded in Kassala.', [
    { category: 'idps_stock', value: 60, unit: 'households', places: ['Kassala'] },
    { category: 'idps_stock', value: 350, unit: 'persons', places: ['Kassala'] },
  ]],
]);

rule('"left" a place: civilians who leave it are displaced; a span of time that "left" is nobody', [
  ['encyclopedic', 'After the fall of the bridge, 300–500 civilians left the besieged part of Sievierodonetsk.', [
    { category: 'displaced', value: 300, unit: 'persons', places: ['Sievierodonetsk'] },
  ]],
  ['wire', 'Around 2,000 residents left Wad Madani overnight as the fighting closed in, witnesses said.', [
    { category: 'displaced', value: 2000, modifier: 'about', places: ['Wad Madani'], reporters: ['witnesses'] },
  ]],
  ['regional', 'The envoy arrived a day late and left after two days in protest.', []],
]);

rule('"in addition to N" shares the predicate of its clause', [
  ['sitrep', 'A further 12 wounded and 6 bodies were evacuated on 3 May in addition to nine families, including children.', [
    { category: 'injured', value: 12 },
    { category: 'killed', value: 6 },
    { category: 'displaced', value: 9, unit: 'families', time: 'on 3 May' },
  ]],
  ['wire', 'Russian shelling killed four soldiers along with three civilians in Sievierodonetsk, the governor said.', [
    { category: 'killed', group: 'government_forces', value: 4, places: ['Sievierodonetsk'] },
    { category: 'killed', group: 'civilians', value: 3, places: ['Sievierodonetsk'] },
  ]],
]);

rule('casualties under a causing verb: as many killed and injured, unless a breakdown follows', [
  ['sitrep', 'Shelling by armed groups caused 14 casualties in Goma.', [
    { category: 'injured', value: 14, places: ['Goma'] },
    { category: 'killed', value: 14, places: ['Goma'] },
  ]],
  ['encyclopedic', 'The ministry said its forces had inflicted 200 casualties on the rebels over two days.', [
    { category: 'injured', group: 'opposition_fighters', value: 200 },
    { category: 'killed', group: 'opposition_fighters', value: 200 },
  ]],
  ['wire', 'Air strikes on Hodeidah caused 31 casualties, 9 killed and 22 wounded, medics said.', [
    { category: 'killed', value: 9, places: ['Hodeidah'] },
    { category: 'injured', value: 22, places: ['Hodeidah'] },
  ]],
  ['monitor', 'The network recorded 240 civilian casualties in Kassala in March.', []],
  ['thinktank', 'The brigade suffered heavy casualties near Avdiivka.', []],
]);

rule('"N of their fighters": a possessive partitive counts its noun, on the side named before it', [
  ['encyclopedic', 'On 2 June, the pro-government militia announced the deaths of 20 of their fighters near Kafr Nabl.', [
    { category: 'killed', group: 'government_forces', value: 20, places: ['Kafr Nabl'], time: 'On 2 June' },
  ]],
  ['wire', 'Rebels said 14 of their fighters were killed near Kibumba.', [
    { category: 'killed', group: 'opposition_fighters', value: 14, places: ['Kibumba'] },
  ]],
  ['wire', 'One of their fighters was killed near Kibumba.', []],
]);

rule('label lines of reports: the label names the category and the victims', [
  ['sitrep', 'Casualties in Marib, 1-7 March\n• Civilian deaths: 45\n• Injured: 120', [
    { category: 'killed', group: 'civilians', value: 45 },
    { category: 'injured', group: 'people', value: 120 },
  ]],
  ['sitrep', 'IDPs: 3,000 families', [
    { category: 'idps_stock', value: 3000, unit: 'families' },
  ]],
  ['monitor', 'Children killed: 12', [
    { category: 'killed', group: 'children', value: 12 },
  ]],
  ['sitrep', 'Trucks crossed: 45', []],
  ['sitrep', 'Casualties in Marib, 1-7 March\nKilled: 12; Injured: 30', [
    { category: 'killed', group: 'people', value: 12 },
    { category: 'injured', group: 'people', value: 30 },
  ]],
  ['monitor', 'Children killed: 9 | Women killed: 4', [
    { category: 'killed', group: 'children', value: 9 },
    { category: 'killed', group: 'women', value: 4 },
  ]],
  ['wire', 'Toll in Kharkiv, 4 May\nKilled: 7; wounded: 19', [
    { category: 'killed', group: 'people', value: 7 },
    { category: 'injured', group: 'people', value: 19 },
  ]],
  ['sitrep', 'Deaths in Kherson: 12', [
    { category: 'killed', group: 'people', value: 12, places: ['Kherson'] },
  ]],
  ['sitrep', 'New arrivals in Kassala – 3,400\nDisplaced families: 1,200', [
    { category: 'displaced', value: 3400, unit: 'persons', places: ['Kassala'] },
    { category: 'displaced', value: 1200, unit: 'families' },
  ]],
]);

rule('moving, hosting and relocating people; things that move are no displacement', [
  ['sitrep', 'Nearly 3,000 refugees crossed into Chad from West Darfur in the past week.', [
    { category: 'displaced', value: 3000, modifier: 'nearly', places: ['Chad', 'West Darfur'], time: 'in the past week' },
  ]],
  ['wire', 'Some 45 trucks crossed into Syria through Bab al-Hawa on Monday.', []],
  ['regional', 'About 12 convoys left Goma on Tuesday, carrying food and tents.', []],
  ['regional', 'The camp near Adre now hosts more than 200,000 people, aid workers said.', [
    { category: 'idps_stock', value: 200000, modifier: 'more_than', places: ['Adre'], reporters: ['aid workers'] },
  ]],
  ['sitrep', 'The authorities relocated 450 families from the flooded camp to Dohuk on 2 April.', [
    { category: 'displaced', value: 450, unit: 'families', places: ['Dohuk'], time: 'on 2 April' },
  ]],
  ['encyclopedic', 'About 1,300 civilians were relocated from the frontline villages to Zaporizhzhia in August.', [
    { category: 'displaced', value: 1300, modifier: 'about', places: ['Zaporizhzhia'], time: 'in August' },
  ]],
]);

describe('label lines', () => {
  it('a long phrase before a colon is a sentence, not a label', () => {
    expect(extract('The number of people who arrived at the reception centres last week: 450')).toEqual([]);
  });
});
