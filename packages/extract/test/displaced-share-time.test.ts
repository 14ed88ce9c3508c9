/**
 * A count of the displaced shared out by place ("Of them, 29,000 fled to X, 14,500 to Y") counts people of that count:
 * with no time of its own each part is of the count's period (and a running total when it is one), as a toll's share
 * is (toll-share-time.ts). Sentences written for the rule, in several genres and wars; none comes from the corpus.
 */
import { rule } from './rule.ts';

rule('"Of them" shares out a count of the displaced over its period', [
  ['sitrep', 'Since fighting reached Kosti on 3 May, some 42,000 people have been displaced. Of them, 30,000 fled to White Nile state and 12,000 to Sennar state.', [
    { category: 'displaced', value: 42000, time: 'Since fighting reached Kosti on 3 May', cumulative: true },
    { category: 'displaced', value: 30000, time: 'Since fighting reached Kosti on 3 May', cumulative: true },
    { category: 'displaced', value: 12000, time: 'Since fighting reached Kosti on 3 May', cumulative: true },
  ]],
  ['regional', 'Between 2 and 9 March, about 9,500 people fled the fighting around Kalehe. Of these, 6,000 arrived in Minova.', [
    { category: 'displaced', value: 9500, time: 'Between 2 and 9 March' },
    { category: 'displaced', value: 6000, time: 'Between 2 and 9 March' },
  ]],
  ['monitor', 'In October, the network recorded 3,100 newly displaced people in Hiraan region. Of them, 2,400 arrived in Beledweyne.', [
    { category: 'displaced', value: 3100, time: 'In October' },
    { category: 'displaced', value: 2400, time: 'In October' },
  ]],
]);
