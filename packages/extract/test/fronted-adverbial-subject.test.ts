/**
 * A fronted adverbial with no comma before a clause's subject ("Over the past week Homs recorded ...", "In North
 * Darfur the state health ministry recorded ...") is no part of that subject: a time phrase or a phrase of place is
 * never a reporter's name, and a place left as the subject of a counting verb is where the figures were counted.
 * Sentences written for this test, in several genres and wars.
 */
import { rule } from './rule.ts';

rule('a fronted time phrase is no part of a counting verb\'s subject', [
  ['sitrep', 'Over the past week Homs recorded 31 civilian deaths, Hama 12 and Idlib 9.', [
    { category: 'killed', value: 31, places: ['Homs'], time: 'Over the past week', reporters: [] },
    { category: 'killed', value: 12, places: ['Hama'], reporters: [] },
    { category: 'killed', value: 9, places: ['Idlib'], reporters: [] },
  ]],
  ['monitor', 'Over the last month Donetsk registered 52 civilian deaths.', [
    { category: 'killed', value: 52, time: 'Over the last month', reporters: [] },
  ]],
  ['wire', 'In April Sagaing recorded 87 deaths, Magway 35 and Mandalay 20.', [
    { category: 'killed', value: 87, places: ['Sagaing'], time: 'In April', reporters: [] },
    { category: 'killed', value: 35, places: ['Magway'], reporters: [] },
    { category: 'killed', value: 20, places: ['Mandalay'], reporters: [] },
  ]],
  ['sitrep', 'Since October Khartoum recorded 2,300 new arrivals, Gezira 1,100 and Kassala 900.', [
    { category: 'displaced', value: 2300, places: ['Khartoum'], reporters: [] },
    { category: 'displaced', value: 1100, places: ['Gezira'], reporters: [] },
    { category: 'displaced', value: 900, places: ['Kassala'], reporters: [] },
  ]],
]);

rule('a fronted phrase of place or circumstance is no part of a reporter\'s name', [
  ['regional', 'In North Darfur the state health ministry recorded 64 deaths.', [
    { category: 'killed', value: 64, places: ['North Darfur'], reporters: ['state health ministry'] },
  ]],
  ['encyclopedic', 'During the siege of Chernihiv the city council recorded 700 deaths.', [
    { category: 'killed', value: 700, places: ['Chernihiv'], reporters: ['city council'] },
  ]],
]);

rule('a source after a fronted time phrase stays the reporter', [
  ['monitor', 'Over the past week the Observatory documented the deaths of 41 civilians.', [
    { category: 'killed', value: 41, time: 'Over the past week', reporters: ['Observatory'] },
  ]],
]);

rule('a fronted phrase governs no side named after it', [
  ['wire', 'Over the weekend M23 rebels captured Rubaya.', [
    { category: 'captured', places: ['Rubaya'], time: 'Over the weekend', actor: 'M23 rebels' },
  ]],
  ['encyclopedic', 'During the offensive the SDF captured 12 villages.', [
    { category: 'captured', value: 12, actor: 'SDF' },
  ]],
  ['regional', 'After two days of fighting the RSF seized Wad Madani.', [
    { category: 'captured', places: ['Wad Madani'], actor: 'RSF' },
  ]],
]);
