/**
 * Hand-written sentences (not from the seeds), each with the exact facts it must give: kinds, categories, groups,
 * values, hedges, units, places, time phrase, reporters and actors. Negative sentences must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

type Expected = Partial<ReturnType<typeof brief>>;

function check(text: string, expected: Expected[]) {
  const got = extract(text).map(brief);
  expect(got.length, JSON.stringify(got, null, 1)).toBe(expected.length);
  expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
}

describe('casualties', () => {
  const cases: [string, Expected[]][] = [
    [
      'Russian airstrikes killed at least 23 civilians in Maarat al-Numan on Tuesday, the Syrian Observatory for Human Rights said.',
      [{ category: 'killed', group: 'civilians', value: 23, modifier: 'at_least', unit: 'persons', phrase: 'at least 23', places: ['Maarat al-Numan'], time: 'on Tuesday', cumulative: false, reporters: ['Syrian Observatory for Human Rights'] }],
    ],
    [
      'Twelve children and five women were among those killed when barrel bombs hit a school in Kafr Nabl, according to the White Helmets.',
      [
        { category: 'killed', group: 'children', value: 12, modifier: 'exact', places: ['Kafr Nabl'], reporters: ['White Helmets'] },
        { category: 'killed', group: 'women', value: 5, places: ['Kafr Nabl'], reporters: ['White Helmets'] },
      ],
    ],
    [
      'The death toll from strikes on Ariha on Sunday has risen to 41, including nine children, SNHR said.',
      [
        { category: 'killed', group: 'people', value: 41, cumulative: true, places: ['Ariha'], time: 'on Sunday', reporters: ['SNHR'] },
        { category: 'killed', group: 'children', value: 9, cumulative: true, reporters: ['SNHR'] },
      ],
    ],
    [
      'Clashes near Morek killed 17 regime soldiers and 22 rebels on Friday.',
      [
        { category: 'killed', group: 'government_forces', value: 17, places: ['Morek'], time: 'on Friday' },
        { category: 'killed', group: 'opposition_fighters', value: 22, places: ['Morek'], time: 'on Friday' },
      ],
    ],
    [
      'At least 35 ISIS fighters were killed in Turkish strikes near Al-Bab, the Turkish army said.',
      [{ category: 'killed', group: 'isis_fighters', value: 35, modifier: 'at_least', places: ['Al-Bab'], reporters: ['Turkish army'] }],
    ],
    [
      'A car bomb in Azaz killed eight people and wounded 20 others on Wednesday.',
      [
        { category: 'killed', group: 'people', value: 8, places: ['Azaz'], time: 'on Wednesday' },
        { category: 'injured', group: 'people', value: 20, places: ['Azaz'], time: 'on Wednesday' },
      ],
    ],
    [
      'Government shelling on Saraqib has killed 62 civilians since the start of the month, activists said.',
      [{ category: 'killed', group: 'civilians', value: 62, cumulative: true, time: 'since the start of the month', places: ['Saraqib'], reporters: ['activists'] }],
    ],
    [
      'Three members of the White Helmets died in a double-tap strike on Khan Shaykhun.',
      [{ category: 'killed', group: 'people', value: 3, places: ['Khan Shaykhun'] }],
    ],
    [
      'An airstrike on a market in Ariha killed 15 people and injured about 40 more, the White Helmets said.',
      [
        { category: 'killed', group: 'people', value: 15, modifier: 'exact', places: ['Ariha'], reporters: ['White Helmets'] },
        { category: 'injured', group: 'people', value: 40, modifier: 'about', phrase: 'about 40', reporters: ['White Helmets'] },
      ],
    ],
    [
      'Daesh militants killed 9 SDF fighters near Hajin.',
      [{ category: 'killed', group: 'people', value: 9, places: ['Hajin'], actor: 'Daesh militants' }],
    ],
    ['A dozen rebels were killed in clashes near Suran.', [{ category: 'killed', group: 'opposition_fighters', value: 12, places: ['Suran'] }]],
    [
      'No fewer than 60 people died and upwards of 100 were wounded in the Jisr al-Shughur blast.',
      [
        { category: 'killed', value: 60, modifier: 'at_least' },
        { category: 'injured', value: 100, modifier: 'more_than', phrase: 'upwards of 100' },
      ],
    ],
    ['Twenty-five civilians were killed.', [{ category: 'killed', group: 'civilians', value: 25 }]],
    [
      'In the last 48 hours, 19 civilians have been killed in Kafr Nabl and Hass, the SNHR said.',
      [{ category: 'killed', group: 'civilians', value: 19, time: 'In the last 48 hours', places: ['Kafr Nabl', 'Hass'], reporters: ['SNHR'] }],
    ],
    [
      'Regime bombardment has killed thousands of civilians and scores of children in Eastern Ghouta.',
      [
        { category: 'killed', group: 'civilians', vague: 'thousands', value: null },
        { category: 'killed', group: 'children', vague: 'scores' },
      ],
    ],
    [
      'The war has claimed the lives of more than 500,000 people since March 2011.',
      [{ category: 'killed', value: 500000, modifier: 'more_than', cumulative: true, time: 'since March 2011' }],
    ],
    [
      'Rebels executed 14 soldiers in the village of Ishtabraq on Monday.',
      [{ category: 'killed', group: 'government_forces', value: 14, places: ['Ishtabraq'], actor: 'Rebels', time: 'on Monday' }],
    ],
    [
      'Eleven people were killed by Russian strikes on Atarib.',
      [{ category: 'killed', group: 'people', value: 11, actor: 'Russian strikes', places: ['Atarib'] }],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => check(text, expected));
});

describe('displacement', () => {
  const cases: [string, Expected[]][] = [
    [
      'More than 30,000 people have fled Saraqib over the past week, the UN said.',
      [{ category: 'displaced', value: 30000, modifier: 'more_than', unit: 'persons', places: ['Saraqib'], time: 'over the past week', reporters: ['UN'] }],
    ],
    [
      'OCHA said on Monday that an estimated 180,000 people had been displaced from southern Idlib since December 1.',
      [{ category: 'displaced', value: 180000, modifier: 'about', places: ['Idlib'], time: 'since December 1', cumulative: true, reporters: ['OCHA'] }],
    ],
    [
      'Some 2,500 families fled Atarib and nearby villages toward the Turkish border, according to the Response Coordination Group.',
      [{ category: 'displaced', value: 2500, modifier: 'about', unit: 'families', places: ['Atarib'], reporters: ['Response Coordination Group'] }],
    ],
    [
      "Of Hama's 1.6 million residents, about 500,000 are internally displaced people, according to UNICEF.",
      [{ category: 'idps_stock', value: 500000, modifier: 'about', places: ['Hama'], reporters: ['UNICEF'] }],
    ],
    [
      'The Atmeh camps host nearly 90,000 displaced people, the CCCM Cluster said.',
      [{ category: 'idps_stock', value: 90000, modifier: 'nearly', places: ['Atmeh'], reporters: ['CCCM Cluster'] }],
    ],
    [
      'The province is home to some three million people, including 1.2 million who fled other parts of Syria.',
      [{ category: 'idps_stock', value: 1200000, modifier: 'exact', places: ['Syria'] }],
    ],
    [
      'Around 4,000 people returned to Jisr al-Shughur last month, local councils said.',
      [{ category: 'returned', value: 4000, modifier: 'about', places: ['Jisr al-Shughur'], time: 'last month', reporters: ['local councils'] }],
    ],
    [
      'Tens of thousands of people are sleeping rough near the border, UNHCR warned.',
      [{ category: 'displaced', vague: 'tens_of_thousands', places: [], reporters: ['UNHCR'] }],
    ],
    [
      'The bombardment forced hundreds of families to flee Kafr Nabl on Saturday.',
      [{ category: 'displaced', vague: 'hundreds', unit: 'families', places: ['Kafr Nabl'], time: 'on Saturday' }],
    ],
    [
      'Half a million people have been uprooted in Aleppo province this year, Save the Children said.',
      [{ category: 'displaced', value: 500000, places: ['Aleppo'], time: 'this year', reporters: ['Save the Children'] }],
    ],
    [
      'UNICEF says that 5,000 children have been displaced since Monday.',
      [{ category: 'displaced', group: '', value: 5000, unit: 'persons', reporters: ['UNICEF'], time: 'since Monday', cumulative: true }],
    ],
    [
      'Close to 1,500 families and as many as 9,000 people fled the area.',
      [
        { category: 'displaced', value: 1500, modifier: 'nearly', unit: 'families' },
        { category: 'displaced', value: 9000, modifier: 'up_to', unit: 'persons' },
      ],
    ],
    ['2.5m people have been displaced in the past year.', [{ category: 'displaced', value: 2500000, time: 'in the past year' }]],
    [
      'Thousands have fled Maarat al-Numan since the bombing began in late December.',
      [{ category: 'displaced', vague: 'thousands', places: ['Maarat al-Numan'], time: 'since the bombing began in late December', cumulative: true }],
    ],
    [
      'Between January 1 and January 15, over 40,000 people fled southern Idlib, OCHA said.',
      [{ category: 'displaced', value: 40000, modifier: 'more_than', places: ['Idlib'], time: 'Between January 1 and January 15', reporters: ['OCHA'] }],
    ],
    [
      'Aid groups are struggling to serve 600 newly displaced families in the Sarmada area.',
      [{ category: 'displaced', value: 600, unit: 'families', places: ['Sarmada'] }],
    ],
    [
      'The war has left millions of displaced people and refugees.',
      [{ category: 'displaced', vague: 'millions' }],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => check(text, expected));
});

describe('territory', () => {
  const cases: [string, Expected[]][] = [
    [
      'Turkish-backed rebels captured the town of Tal Rifaat on Sunday.',
      [{ category: 'captured', value: null, places: ['Tal Rifaat'], time: 'on Sunday', actor: 'Turkish-backed rebels', phrase: '' }],
    ],
    [
      'The SDF seized the villages of Ain Issa, Tal Saman and Khnez from ISIS, the coalition said.',
      [{ category: 'captured', places: ['Ain Issa', 'Tal Saman', 'Khnez'], actor: 'SDF' }],
    ],
    [
      'Ahrar al-Sham fighters stormed the Abu Kamal military airport on Thursday.',
      [{ category: 'entered', places: ['Abu Kamal'], actor: 'Ahrar al-Sham', time: 'on Thursday' }],
    ],
    ['Government troops entered Khan Shaykhun on Tuesday.', [{ category: 'entered', places: ['Khan Shaykhun'], actor: 'Government troops', time: 'on Tuesday' }]],
    ['Saraqib fell to government forces on February 8.', [{ category: 'captured', places: ['Saraqib'], actor: 'government forces', time: 'on February 8' }]],
    ['Rebels lost Morek to the regime in 2014.', [{ category: 'captured', places: ['Morek'], actor: 'the regime', time: 'in 2014' }]],
    [
      'The army has retaken Kafr Nabl and Hass, state news agency SANA reported.',
      [{ category: 'captured', places: ['Kafr Nabl', 'Hass'], actor: 'army', reporters: ['state news agency SANA'] }],
    ],
    [
      'Regime forces have advanced 15 km into southern Idlib since Tuesday.',
      [{ category: 'advanced', value: 15, unit: 'km', places: ['Idlib'], time: 'since Tuesday', actor: 'Regime forces' }],
    ],
    [
      'Pro-government forces pushed 8 miles toward Maarat al-Numan.',
      [{ category: 'advanced', value: 12.9, unit: 'km', phrase: '8', places: ['Maarat al-Numan'], actor: 'Pro-government forces' }],
    ],
    [
      'Troops advanced to within 5 kilometers of Ariha on Monday.',
      [{ category: 'advanced', value: 5, unit: 'km', places: ['Ariha'], actor: 'Troops', time: 'on Monday' }],
    ],
    [
      'The Syrian army captured more than 20 villages in the Latamneh area over the past three days.',
      [{ category: 'captured', value: 20, modifier: 'more_than', unit: 'places', places: ['Latamneh'], time: 'over the past three days', actor: 'Syrian army' }],
    ],
    ['The capture of Suran by government forces was announced on Friday.', [{ category: 'captured', places: ['Suran'], actor: 'government forces' }]],
    [
      'The Turkish army and allied rebels took control of Afrin city on March 18.',
      [{ category: 'captured', places: ['Afrin'], actor: 'Turkish army', time: 'on March 18' }],
    ],
    [
      'Kurdish fighters recaptured several villages near Manbij, the SDF said.',
      [{ category: 'captured', vague: 'several', unit: 'places', places: ['Manbij'], actor: 'Kurdish fighters', reporters: ['SDF'] }],
    ],
    ['Jihadists overran the Wadi al-Deif base in December 2014.', [{ category: 'captured', places: ['Wadi al-Deif'], actor: 'Jihadists', time: 'in December 2014' }]],
    ['HTS said its fighters had freed the villages of Abu Omar and Rasm al-Ward.', [{ category: 'captured', places: ['Abu Omar', 'Rasm al-Ward'], actor: 'HTS', reporters: ['HTS'] }]],
    ['Atarib has since fallen to the regime.', [{ category: 'captured', places: ['Atarib'], actor: 'the regime' }]],
    [
      'Government forces launched a new push on Tuesday. They captured the town of Kafr Zita.',
      [{ category: 'captured', places: ['Kafr Zita'], actor: 'Government forces' }],
    ],
    [
      'Rebels attacked the Kuweires military airport on Monday. They stormed the airbase on Tuesday.',
      [{ category: 'entered', places: ['Kuweires'], actor: 'Rebels', time: 'on Tuesday' }],
    ],
    [
      'Raqqa province slipped from government control when the provincial capital fell to rebels in 2013.',
      [{ category: 'captured', places: ['Raqqa'], actor: 'rebels', time: 'in 2013' }],
    ],
    [
      'ISIS militants lost several villages east of Salamiyah to the benefit of the army.',
      [{ category: 'captured', vague: 'several', unit: 'places', places: ['Salamiyah'], actor: 'the army' }],
    ],
    [
      'Troops have advanced 10km into Hama province, capturing dozens of villages.',
      [
        { category: 'advanced', value: 10, unit: 'km', places: ['Hama'], actor: 'Troops' },
        { category: 'captured', vague: 'dozens', unit: 'places', places: ['Hama'], actor: 'Troops' },
      ],
    ],
    [
      'Loyalist forces broke into Jisr al-Shughur and pushed deeper into Latakia province.',
      [
        { category: 'entered', places: ['Jisr al-Shughur'], actor: 'Loyalist forces' },
        { category: 'advanced', places: ['Latakia'], actor: 'Loyalist forces' },
      ],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => check(text, expected));
});

describe('several facts, back-references and duplicates', () => {
  it('lists share the verb, the time and the reporter; "including" gives a subgroup', () => {
    check('The Syrian Observatory for Human Rights reported heavy bombardment. The Observatory said 27 civilians, including 11 children and four women, were killed in Idlib on Friday.', [
      { category: 'killed', group: 'civilians', value: 27, time: 'on Friday', reporters: ['Syrian Observatory for Human Rights'] },
      { category: 'killed', group: 'children', value: 11, reporters: ['Syrian Observatory for Human Rights'] },
      { category: 'killed', group: 'women', value: 4, reporters: ['Syrian Observatory for Human Rights'] },
    ]);
  });
  it('"the NGO" refers back to the last source that lists it', () => {
    check('SOHR documented the raids. Some 30 rebels and 25 soldiers have died since Friday, the NGO said.', [
      { category: 'killed', group: 'opposition_fighters', value: 30, modifier: 'about', reporters: ['SOHR'], cumulative: true },
      { category: 'killed', group: 'government_forces', value: 25, modifier: 'exact', reporters: ['SOHR'] },
    ]);
  });
  it('a figure stated twice is one fact', () => {
    check('At least 50 people were killed in Saraqib on Monday. Rescuers said at least 50 people were killed in the strikes.', [
      { category: 'killed', value: 50, places: ['Saraqib'] },
    ]);
  });
  it('a person with a role keeps their words, and the sources they gather figures for', () => {
    check(
      'Omar Hamdan, who works with volunteers gathering statistics for local councils, told reporters on Monday that 7,000 people had fled Ariha between January 2 and January 9.',
      [{ category: 'displaced', value: 7000, reporters: ['Omar Hamdan', 'local councils'], time: 'between January 2 and January 9', places: ['Ariha'] }],
    );
  });
  it('a capture without a number points at its verb', () => {
    const text = 'The villages of Tell Kalbeh and Kherbet Dawud were seized on Friday.';
    const [f] = extract(text);
    expect(text.slice(f!.figure_start, f!.figure_end)).toBe('seized');
    expect(f!.quantity).toBeNull();
    expect(f!.place_mentions.map((p) => p.feature_hint)).toEqual(['village', 'village']);
  });
  it('"the militants" stands for the more specific actor just named', () => {
    check('IS militants have been pushing into rebel territory for weeks. The militants also seized a string of villages.', [
      { category: 'captured', vague: 'several', unit: 'places', places: [], actor: 'IS militants' },
    ]);
  });
  it('"the province", "this base": places named in an earlier sentence', () => {
    check('Rebels hold the Taftanaz military airbase in Idlib province. Some 40,000 people have fled the province since Monday.', [
      { category: 'displaced', value: 40000, places: ['Idlib'], time: 'since Monday' },
    ]);
    const [f] = extract('Fighting raged around the Taftanaz military airbase. Rebels lost several villages south of this base to the regime.');
    expect(f!.place_mentions[0]).toMatchObject({ text: 'Taftanaz', feature_hint: 'airbase', near: true });
  });
  it('a sentence that continues the story ("After taking the base, ...") carries the previous date as its context', () => {
    const facts = extract('Rebels captured the Taftanaz airbase in January 2013. After taking the airbase, they executed 30 soldiers.');
    expect(facts.map((f) => [f.category, f.time_phrase, f.time_context])).toEqual([
      ['captured', 'in January 2013', []],
      ['killed', '', ['in January 2013']],
    ]);
  });
  it('a restated capture of a whole area gives way to the counted one', () => {
    check('Army advances deeper into Hama province\nThe army has advanced 20km into Hama province, capturing 30 villages.', [
      { category: 'advanced', value: 20, unit: 'km', places: ['Hama'] },
      { category: 'captured', value: 30, unit: 'places', places: ['Hama'] },
    ]);
  });
  it('ids follow sentence index and figure order', () => {
    const facts = extract('Nothing happened here. Strikes killed 4 civilians and wounded 9 people in Saraqib.');
    expect(facts.map((f) => f.fact_id)).toEqual(['test:1:0', 'test:1:1']);
    const f = facts[0]!;
    expect(f.quote).toBe('Strikes killed 4 civilians and wounded 9 people in Saraqib.');
    expect(f.char_start).toBe(23);
    expect('Nothing happened here. Strikes killed 4 civilians and wounded 9 people in Saraqib.'.slice(f.figure_start, f.figure_end)).toBe('4');
    expect(f.place_mentions[0]).toMatchObject({ text: 'Saraqib', start: 23 + 'Strikes killed 4 civilians and wounded 9 people in '.length });
  });
});

describe('more cue words', () => {
  const cases: [string, Expected[]][] = [
    ['Rescuers pulled 18 bodies from the rubble in Jisr al-Shughur.', [{ category: 'killed', group: 'people', value: 18, places: ['Jisr al-Shughur'] }]],
    ['Activists reported the massacre of 40 villagers in Tal Rifaat.', [{ category: 'killed', value: 40, places: ['Tal Rifaat'], reporters: ['Activists'] }]],
    ['Nine Turkish soldiers lost their lives near Taftanaz on Monday.', [{ category: 'killed', group: 'people', value: 9, places: ['Taftanaz'], time: 'on Monday' }]],
    ['About 300 families went back home to Saraqib this week.', [{ category: 'returned', value: 300, modifier: 'about', unit: 'families', places: ['Saraqib'], time: 'this week' }]],
    ['Roughly 200,000 of them are IDPs, OCHA said.', [{ category: 'idps_stock', value: 200000, modifier: 'about', reporters: ['OCHA'] }]],
    ['More than 2,000 households were left homeless in Maarat al-Numan.', [{ category: 'displaced', value: 2000, unit: 'households', places: ['Maarat al-Numan'] }]],
    ['Syrian army advances on Saraqib as thousands flee', [{ category: 'displaced', vague: 'thousands' }]],
    [
      'Pro-regime media said the resistance axis had freed villages of Tell Kalbeh, Abu Omar and Kherbet Dawud.',
      [{ category: 'captured', places: ['Tell Kalbeh', 'Abu Omar', 'Kherbet Dawud'], actor: 'resistance axis', reporters: ['Pro-regime media'] }],
    ],
    ['The regime recaptured Qalaat al-Madiq, a key hilltop town, in May 2019.', [{ category: 'captured', places: ['Qalaat al-Madiq'], actor: 'regime', time: 'in May 2019' }]],
    [
      'Turkish troops and allied rebels drove Kurdish fighters out of Afrin on March 18.',
      [{ category: 'captured', places: ['Afrin'], actor: 'Turkish troops', time: 'on March 18' }],
    ],
    [
      'Shelling killed 27 people on Monday, including five children, the Syrian Civil Defence said.',
      [
        { category: 'killed', group: 'people', value: 27, time: 'on Monday', reporters: ['Syrian Civil Defence'] },
        { category: 'killed', group: 'children', value: 5, time: 'on Monday' },
      ],
    ],
    [
      'Some 270,000 people fled the city during the battle, the United Nations estimated.',
      [{ category: 'displaced', value: 270000, modifier: 'about', reporters: ['United Nations'] }],
    ],
    [
      'Loyalist forces have seized more than 150 villages since launching the offensive in late October.',
      [{ category: 'captured', value: 150, unit: 'places', time: 'since launching the offensive in late October', actor: 'Loyalist forces' }],
    ],
    ['At least 24 civilians were killed by Turkish shelling.', [{ category: 'killed', group: 'civilians', value: 24, actor: 'Turkish shelling' }]],
    [
      'A total of 70 civilians have been killed since the start of the assault, including 20 children.',
      [
        { category: 'killed', group: 'civilians', value: 70, time: 'since the start of the assault', cumulative: true },
        { category: 'killed', group: 'children', value: 20, time: 'since the start of the assault', cumulative: true },
      ],
    ],
    ['Camps near Sarmada are struggling with the influx of more than 70,000 people.', [{ category: 'displaced', value: 70000, modifier: 'more_than', places: ['Sarmada'] }]],
    [
      'Government forces launched an assault on Monday. On Tuesday, they seized 12 villages including Sheikh Barakeh.',
      [{ category: 'captured', value: 12, unit: 'places', actor: 'Government forces', time: 'On Tuesday' }],
    ],
    [
      'On Tuesday, troops seized the villages of Tell Sultan and Sheikh Barakeh, the Observatory said.',
      [{ category: 'captured', places: ['Tell Sultan', 'Sheikh Barakeh'], actor: 'troops', reporters: ['Observatory'] }],
    ],
    ['Over 60 were killed and 120 injured in the raids on Ariha yesterday.', [
      { category: 'killed', value: 60, modifier: 'more_than', time: 'yesterday' },
      { category: 'injured', value: 120, time: 'yesterday' },
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => check(text, expected));
});

describe('not facts', () => {
  const negatives = [
    'Government forces are trying to retake Khan Shaykhun.',
    "The army's goal is to capture Jisr al-Shughur before the summer.",
    'Rebels aim to seize the Abu Kamal crossing.',
    'The offensive could displace up to 700,000 people, the UN warned.',
    'Turkey is expected to enter Tal Rifaat within days.',
    'Loyalists were sending reinforcements to seize back the hills near Kinsabba.',
    'Idlib province is home to about three million people.',
    "Of Aleppo's two million residents, many live in poverty.",
    'A 12-year-old boy was among the wounded in Atarib.',
    'Warplanes carried out 45 air strikes on Saraqib on Thursday.',
    'Russian jets flew more than 200 sorties and dropped 30 barrel bombs over the weekend.',
    'Sinjar lies 11 km to the south of the airbase.',
    'The town is 20 kilometres from Maarat al-Numan.',
    'Prices in the camp have risen by 40 percent since December.',
    'The talks resumed on December 5 for the eighth round in Geneva.',
    'Call the hotline on 0933 123 456 for help.',
    'Route 5 and Route 6 remain closed.',
    'Rebels lost one of the largest bases in the north.',
    'The convoy of 40 trucks and 12 buses reached the camp.',
    '6 min read',
    'Aged 15, he joined the rebels in 2013.',
    'The conflict began in March 2011 and has entered its eighth year.',
    'Forcing the rebels to flee, the army advanced.',
    'The Turkish Red Crescent set up a camp with capacity for 800 tents near Sarmada.',
    'Three displaced residents of Saraqib described the bombing.',
    'Fewer than 200 fighters remain in the pocket.',
    'It was the second time the town changed hands.',
  ];
  for (const text of negatives) it(text, () => check(text, []));
});
