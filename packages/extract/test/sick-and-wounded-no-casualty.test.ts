/**
 * "the sick and wounded": a count of patients who are sick or hurt, awaiting care or evacuation, says how many were
 * hurt by the war no more than a disease's count does (illness.ts, data/illness-words.csv); an act of violence in the
 * clause keeps the figure. Sentences written for these tests, in several wars.
 */
import { rule } from './rule.ts';

rule('a count of the sick and the wounded together is no count of the injured', [
  ['sitrep', 'Some 450 sick and injured patients in Madaya are awaiting medical evacuation, partners report.', []],
  ['regional', 'More than 200 sick and wounded people remain trapped in the hospital in El Fasher, doctors said.', []],
]);

rule('violence in the clause keeps a count of the hurt beside the sick', [
  ['wire', 'Shelling injured 14 people in Kherson on Sunday, including patients of a ward for the sick.', [
    { category: 'injured', value: 14, places: ['Kherson'], time: 'on Sunday' },
  ]],
]);
