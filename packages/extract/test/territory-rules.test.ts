/**
 * Changes of control: constructions of issue 9 item 3 (who took which place) and item 6 (who said so), each tried on
 * sentences written for the rule in several genres and wars. None comes from the seed or corpus texts; each expected
 * value is what the sentence says.
 */
import { rule } from './rule.ts';

rule('a side now in control of a place: "were in control of X", "leaving them in control of X"', [
  ['encyclopedic', 'By nightfall, insurgents were in control of the villages of Zarzur, Kafr Ain and Tell Sukkar.', [
    { category: 'captured', places: ['Zarzur', 'Kafr Ain', 'Tell Sukkar'], actor: 'insurgents' },
  ]],
  ['thinktank', 'By 12 May, M23 was in full control of Rubaya and Kibumba.', [{ category: 'captured', places: ['Rubaya', 'Kibumba'], actor: 'M23' }]],
  ['wire', 'The Houthis are now in control of Harib, tribal sources said.', [
    { category: 'captured', places: ['Harib'], actor: 'Houthis', reporters: ['tribal sources'] },
  ]],
  // A standing state or a side that kept a place is no change of hands.
  ['regional', 'Rebels, who have been in control of Kafr Ain since 2014, shelled the town.', []],
  ['encyclopedic', 'The army remained in control of Tell Sukkar.', []],
  ['wire', 'The Houthis are in control of Harib, tribal sources said.', []],
]);

rule('a share of a place is ground taken in it: "half of X", "around a third of X", "60 percent of X"', [
  ['thinktank', 'Russian forces were in control of around a third of Chasiv Yar by mid-May.', [
    { category: 'captured', places: ['Chasiv Yar'], actor: 'Russian forces' },
  ]],
  ['wire', 'The army seized about 60 percent of Salaheddine on Sunday.', [{ category: 'captured', places: ['Salaheddine'], actor: 'army', time: 'on Sunday' }]],
  ['regional', 'M23 took half of Masisi town.', [{ category: 'captured', places: ['Masisi'], actor: 'M23' }]],
  // A counted object still only locates its places.
  ['encyclopedic', 'The army seized 12 villages east of Salaheddine on Sunday.', [{ category: 'captured', value: 12, unit: 'places', places: ['Salaheddine'] }]],
]);

rule('an object list with position words and shares: "the northern X and western Y districts, as well as the nearby Z"', [
  ['encyclopedic', 'Government forces also took control of large parts of the northern Jouret al-Shayah and western Bab Tadmur districts, as well as the nearby village of Sheikh Said.', [
    { category: 'captured', places: ['Jouret al-Shayah', 'Bab Tadmur', 'Sheikh Said'], actor: 'Government forces' },
  ]],
  ['thinktank', 'Ukrainian troops took control of most of Pishchane and the southern outskirts of Kupiansk.', [
    { category: 'captured', places: ['Pishchane', 'Kupiansk'], actor: 'Ukrainian troops' },
  ]],
  ['wire', 'The army seized the northern and western parts of the Salaheddine district on Sunday.', [
    { category: 'captured', places: ['Salaheddine'], actor: 'army', time: 'on Sunday' },
  ]],
  ['sitrep', 'The FARDC retook Kitshanga, Mweso and the nearby village of Kalengera.', [
    { category: 'captured', places: ['Kitshanga', 'Mweso', 'Kalengera'], actor: 'FARDC' },
  ]],
  ['monitor', 'Kurdish fighters took Tell Sukkar and most of Zarzur on Friday, the SDF said.', [
    { category: 'captured', places: ['Tell Sukkar', 'Zarzur'], actor: 'Kurdish fighters', reporters: ['SDF'] },
  ]],
]);

rule('a post taken in a place: "overran the army base in X", "took control of the brigade headquarters in X"', [
  ['wire', 'The Houthis announced that they took control of the army\'s 141st Brigade headquarters in Harib.', [
    { category: 'captured', places: ['Harib'], actor: 'Houthis', reporters: ['Houthis'] },
  ]],
  ['regional', 'The RSF said it had taken over the headquarters of the army\'s 22nd Division in Babanusa.', [
    { category: 'captured', places: ['Babanusa'], actor: 'RSF', reporters: ['RSF'] },
  ]],
  ['thinktank', 'M23 rebels seized the airport in Goma on Monday.', [{ category: 'captured', places: ['Goma'], actor: 'M23 rebels', time: 'on Monday' }]],
  // A post near a place, or stores in it, is not the place taken.
  ['encyclopedic', 'The rebels seized a base near Saraqib.', []],
  ['wire', 'The army captured weapons depots in Kafr Ain.', []],
]);

rule('an advance located by "in", "past", or the noun "advance on X"', [
  ['thinktank', 'Russian forces recently advanced in western Vuhledar.', [{ category: 'advanced', places: ['Vuhledar'], actor: 'Russian forces' }]],
  ['thinktank', 'It appears that Houthi fighters have advanced past southern Marib Governorate.', [
    { category: 'advanced', places: ['Marib'], actor: 'Houthi fighters' },
  ]],
  ['encyclopedic', 'HTS fighters were continuing their advance on Kafr Ain late into the night.', [{ category: 'advanced', places: ['Kafr Ain'], actor: 'HTS' }]],
  ['regional', 'The M23\'s rapid advance towards Bukavu alarmed diplomats.', [{ category: 'advanced', places: ['Bukavu'], actor: 'M23' }]],
  ['wire', 'Prices advanced in Damascus markets.', []],
]);

rule('"out of the town" after a capture in the same sentence is the place just named', [
  ['encyclopedic', 'The army attacked the town of Kabbara. By nightfall, rebel forces had recaptured Tell Sukkar after pushing government forces out of the town.', [
    { category: 'captured', places: ['Tell Sukkar'], actor: 'rebel forces' },
  ]],
  ['wire', 'The army attacked the town of Kabbara. Rebels later drove government forces out of the town.', [
    { category: 'captured', places: ['Kabbara'], actor: 'Rebels' },
  ]],
]);

rule('who reported a capture: a ministry after a possessive, a monitor, state media, a military source', [
  ['wire', 'Russia\'s Defence Ministry claimed that its forces had taken the village of Urozhaine.', [
    { category: 'captured', places: ['Urozhaine'], reporters: ['Russia\'s Defence Ministry'] },
  ]],
  ['regional', 'Turkey\'s Defence Ministry said the army captured the village of Tal Halaf.', [
    { category: 'captured', places: ['Tal Halaf'], reporters: ['Turkey\'s Defence Ministry'] },
  ]],
  ['monitor', 'According to SOHR, rebels recaptured Kafr Ain on Monday.', [{ category: 'captured', places: ['Kafr Ain'], actor: 'rebels', reporters: ['SOHR'] }]],
  ['encyclopedic', 'Pro-government media reported that the army captured the town of Tell Sukkar.', [
    { category: 'captured', places: ['Tell Sukkar'], actor: 'the army', reporters: ['Pro-government media'] },
  ]],
  ['sitrep', 'The FARDC announced that its forces regained control of Kitshanga on Tuesday.', [
    { category: 'captured', places: ['Kitshanga'], actor: 'FARDC', reporters: ['FARDC'] },
  ]],
]);

rule('a name opened by an apostrophe for the ayn, and a state name that only says whose forces', [
  ['encyclopedic', 'Government forces also took control of large parts of the northeastern \'Ard al-Hamra district.', [
    { category: 'captured', places: ['Ard al-Hamra'], actor: 'Government forces' },
  ]],
  ['regional', 'Kurdish fighters entered ‘Ain Dibs on Monday.', [{ category: 'entered', places: ['Ain Dibs'], actor: 'Kurdish fighters', time: 'on Monday' }]],
  ['wire', 'RSF takes control of Sudan army and police bases in Wad Madani', [{ category: 'captured', places: ['Wad Madani'], actor: 'RSF' }]],
  ['thinktank', 'The Houthis (AA) said they took control of the headquarters of the Yemeni Armed Forces (YAF) 141st Brigade and the base of the paramilitary Special Security Forces in Harib, capital of the district, on Sunday.', [
    { category: 'captured', places: ['Harib'], actor: 'Houthis' },
  ]],
]);

rule('a heading names no side: the body\'s restatement gives it', [
  ['encyclopedic', 'The rebels repelled the attack on Kabbara.\n\nCapture of Salaheddine\n\nOn 26 March, government troops captured Salaheddine.', [
    { category: 'captured', places: ['Salaheddine'], actor: 'government troops' },
  ]],
  ['thinktank', 'Ukrainian forces held their lines near Kupiansk.\n\nFall of Avdiivka\n\nRussian forces seized Avdiivka on February 17.', [
    { category: 'captured', places: ['Avdiivka'], actor: 'Russian forces' },
  ]],
]);

rule('a possessive before "control": "established its control over X", "extended their control over X"', [
  ['encyclopedic', 'The army later established its control over the village of Kafr Ain, as well as Tell Sukkar.', [
    { category: 'captured', places: ['Kafr Ain', 'Tell Sukkar'], actor: 'army' },
  ]],
  ['thinktank', 'M23 extended their control over Rubaya on Sunday.', [{ category: 'captured', places: ['Rubaya'], actor: 'M23', time: 'on Sunday' }]],
  ['wire', 'Russian forces have established their full control over Stepove, the defence ministry said.', [
    { category: 'captured', places: ['Stepove'], actor: 'Russian forces', reporters: ['defence ministry'] },
  ]],
]);

rule('a name opening the sentence before "came under ... control"', [
  ['wire', 'Saraqib came under army control on Friday.', [{ category: 'captured', places: ['Saraqib'], actor: 'army', time: 'on Friday' }]],
  ['sitrep', 'On 3 May, Kitshanga came under M23 control.', [{ category: 'captured', places: ['Kitshanga'], actor: 'M23' }]],
  // Coming under fire is no change of hands.
  ['wire', 'Saraqib came under heavy shelling on Friday.', []],
]);

rule('regions gained beside towns are facts of their own: "took X, along with much of Y governorate"', [
  ['thinktank', 'HTS fighters took Saraqib, along with much of Idlib governorate and a broad stretch of northern Hama governorate.', [
    { category: 'captured', places: ['Saraqib'], actor: 'HTS' },
    { category: 'captured', places: ['Idlib'], actor: 'HTS' },
    { category: 'captured', places: ['Hama'], actor: 'HTS' },
  ]],
  ['encyclopedic', 'Ukrainian forces retook Balakliia, as well as a large stretch of Kharkiv Oblast.', [
    { category: 'captured', places: ['Balakliia'], actor: 'Ukrainian forces' },
    { category: 'captured', places: ['Kharkiv'], actor: 'Ukrainian forces' },
  ]],
  // The outskirts of a town are part of its ground, not a region.
  ['thinktank', 'Ukrainian troops took control of most of Pishchane and the southern outskirts of Kupiansk.', [
    { category: 'captured', places: ['Pishchane', 'Kupiansk'], actor: 'Ukrainian troops' },
  ]],
]);

rule('a pronoun object stands for the places just named: "encircled X and captured it", "took them"', [
  ['encyclopedic', 'The army encircled Kafr Ain and captured it on Monday.', [{ category: 'captured', places: ['Kafr Ain'], actor: 'army', time: 'on Monday' }]],
  ['thinktank', 'Russian troops pushed into Pishchane and Stepove and took most of them within a week.', [
    { category: 'advanced', places: ['Pishchane', 'Stepove'], actor: 'Russian troops' },
    { category: 'captured', places: ['Pishchane', 'Stepove'], actor: 'Russian troops' },
  ]],
  ['wire', 'M23 rebels surrounded Sake on Tuesday and seized it hours later.', [{ category: 'captured', places: ['Sake'], actor: 'M23 rebels' }]],
  // No place before the pronoun: nothing to stand for.
  ['wire', 'The army captured it on Monday.', []],
]);

rule('an assault undone in the same sentence is no change of hands: "stormed X but was repelled"', [
  ['encyclopedic', 'The army stormed Kafr Ain but was repelled by the rebels.', []],
  ['thinktank', 'M23 fighters stormed Sake but were beaten back by the FARDC.', []],
  ['wire', 'RSF fighters broke into Babanusa, only to be driven back by the garrison.', []],
  ['sitrep', 'Russian units entered Robotyne before being repulsed.', []],
  // The other side repelling something else leaves the capture standing.
  ['encyclopedic', 'The army stormed Kafr Ain, but rebels repelled a counterattack on Zarzur.', [{ category: 'entered', places: ['Kafr Ain'], actor: 'army' }]],
]);

rule('a part of "the city" named before: "entered more neighbourhoods in the city\'s south"', [
  ['sitrep', 'Fighting resumed in Mosul on Sunday. Iraqi forces entered more neighbourhoods in the city\'s south.', [
    { category: 'entered', places: ['Mosul'], actor: 'Iraqi forces' },
  ]],
  ['regional', 'The RSF shelled Babanusa for a week. On Friday its fighters stormed several districts of the town.', [
    { category: 'entered', places: ['Babanusa'], actor: 'RSF' },
  ]],
  ['encyclopedic', 'M23 attacked Sake on Monday. The rebels entered the northern parts of the town but were driven back.', []],
]);

rule('a won battle: "the battle of X ended in a Y victory", or the battle the article named before', [
  ['encyclopedic', 'The Battle of Babanusa was a battle in the war in Sudan over the control of Babanusa. The battle ended in an RSF victory on 19 May.', [
    { category: 'captured', places: ['Babanusa'], actor: 'RSF', time: 'on 19 May' },
  ]],
  ['encyclopedic', 'The siege of Kafr Ain ended in a decisive rebel victory.', [{ category: 'captured', places: ['Kafr Ain'], actor: 'rebel' }]],
  ['wire', 'The battle for Kupiansk ended in a Ukrainian victory on 10 September, officials said.', [
    { category: 'captured', places: ['Kupiansk'], actor: 'Ukrainian', reporters: ['officials'] },
  ]],
  // A victory that is no battle's, or a battle the article never named, gives no place.
  ['regional', 'The Battle of Babanusa was fought in May. The elections ended in an opposition victory.', []],
  ['encyclopedic', 'The fighting ended in an M23 victory.', []],
]);

rule('a foothold short of a capture: "established a presence in X", "gained a foothold in X"', [
  ['encyclopedic', 'On 22 March, pro-government media said the army had established a presence in Kafr Ain.', [
    { category: 'entered', places: ['Kafr Ain'], actor: 'the army', reporters: ['pro-government media'] },
  ]],
  ['thinktank', 'Russian troops gained a foothold in Robotyne on Tuesday.', [{ category: 'entered', places: ['Robotyne'], actor: 'Russian troops' }]],
  ['wire', 'M23 fighters secured a foothold in Sake, the army said.', [{ category: 'entered', places: ['Sake'], actor: 'M23', reporters: ['army'] }]],
]);

rule('an advance by its goal: "reached the outskirts of X", "closing in on X", "pushing east towards X"', [
  ['encyclopedic', 'By evening, the rebels had reached the outskirts of Kabbara.', [{ category: 'advanced', places: ['Kabbara'], actor: 'rebels' }]],
  ['thinktank', 'HTS fighters took Kabbara, while also pushing east towards the strategic town of Zarzur.', [
    { category: 'captured', places: ['Kabbara'], actor: 'HTS' },
    { category: 'advanced', places: ['Zarzur'], actor: 'HTS' },
  ]],
  ['wire', 'M23 fighters were closing in on Sake, residents said.', [{ category: 'advanced', places: ['Sake'], actor: 'M23', reporters: ['residents'] }]],
  ['regional', 'The Houthis pushed south towards Harib.', [{ category: 'advanced', places: ['Harib'], actor: 'Houthis' }]],
  // Civilians on the move, or a figure that reaches a number, advance nothing.
  ['sitrep', 'Displaced families were moving towards Sake.', []],
  ['sitrep', 'Thousands of displaced families reached Kafr Ain on Monday.', [{ category: 'displaced', places: ['Kafr Ain'] }]],
  ['wire', 'The talks reached Geneva.', []],
]);

// The section's capture, a list included, restates the heading's: one fact, with the prose's side and date.
rule('a heading\'s capture is told by the section\'s first capture of its place, a list included', [
  ['encyclopedic', 'The rebels shelled Kabbara.\n\nCapture of Salaheddine\n\nOn 26 March, government troops captured the town of Salaheddine, as well as the villages of Kafr Ain and Zarzur.', [
    { category: 'captured', places: ['Salaheddine', 'Kafr Ain', 'Zarzur'], actor: 'government troops' },
  ]],
  ['thinktank', 'Ukrainian forces held their lines.\n\nFall of Vuhledar\n\nOn 1 October, Russian forces seized Vuhledar and the nearby village of Prechystivka.', [
    { category: 'captured', places: ['Vuhledar', 'Prechystivka'], actor: 'Russian forces' },
  ]],
  // A capture of other places in the section says nothing about who took the heading's place.
  ['encyclopedic', 'Capture of Rubaya\n\nOn 30 April, M23 rebels captured Kibumba.', [
    { category: 'captured', places: ['Rubaya'], actor: '' },
    { category: 'captured', places: ['Kibumba'], actor: 'M23 rebels' },
  ]],
]);

rule('a place taken by one side and retaken by the other is two captures, whatever their dates', [
  ['encyclopedic', 'On 10 May, rebel forces took the village of Kafr Ain. By the end of the day, government troops had recaptured Kafr Ain.', [
    { category: 'captured', places: ['Kafr Ain'], actor: 'rebel forces' },
    { category: 'captured', places: ['Kafr Ain'], actor: 'government troops' },
  ]],
  ['wire', 'M23 rebels seized Sake on Tuesday, local sources said. The FARDC said its troops recaptured Sake.', [
    { category: 'captured', places: ['Sake'], actor: 'M23 rebels' },
    { category: 'captured', places: ['Sake'] },
  ]],
  // The same side restating its capture is still one fact.
  ['regional', 'RSF fighters captured Wad Madani. The RSF captured Wad Madani after the army withdrew.', [
    { category: 'captured', places: ['Wad Madani'], actor: 'RSF fighters' },
  ]],
]);

rule('who "stated/claimed to have" taken a place: the reporting verb\'s subject, not an earlier clause\'s', [
  ['encyclopedic', 'After government troops captured the town of Kibati, M23 launched a counterattack; after hours of fighting, M23 stated to have retaken the town.', [
    { category: 'captured', places: ['Kibati'], actor: 'government troops' },
    { category: 'captured', places: ['Kibati'], actor: 'M23' },
  ]],
  ['wire', 'Kafr Ain fell to the army on Monday; the Houthis later claimed to have retaken Harib.', [
    { category: 'captured', places: ['Kafr Ain'], actor: 'the army' },
    { category: 'captured', places: ['Harib'], actor: 'Houthis' },
  ]],
]);

rule('a sentence opening with a subordinate clause ("After X took A, Y took B") has its main subject after the comma', [
  ['encyclopedic', 'After the army captured Kafr Ain, the rebels recaptured Zarzur.', [
    { category: 'captured', places: ['Kafr Ain'], actor: 'the army' },
    { category: 'captured', places: ['Zarzur'], actor: 'rebels' },
  ]],
  ['thinktank', 'Once Russian forces entered Avdiivka, Ukrainian troops retook Robotyne.', [
    { category: 'entered', places: ['Avdiivka'], actor: 'Russian forces' },
    { category: 'captured', places: ['Robotyne'], actor: 'Ukrainian troops' },
  ]],
  // Without the opening clause the first subject is still the sentence's.
  ['wire', 'The army captured Kafr Ain after the rebels withdrew.', [{ category: 'captured', places: ['Kafr Ain'], actor: 'army' }]],
]);

rule('a side that withdrew lost the place to the side named earlier in the sentence', [
  ['encyclopedic', 'When the Peshmerga entered Bashiqa, ISIS fighters withdrew from Bartella.', [
    { category: 'entered', places: ['Bashiqa'], actor: 'Peshmerga' },
    { category: 'captured', places: ['Bartella'], actor: 'Peshmerga' },
  ]],
  // "closed in on" is an advance of its own (the rule for advances by their goal).
  ['regional', 'As the RSF closed in on Wad Madani, the army withdrew from the city of Wad Madani.', [
    { category: 'advanced', places: ['Wad Madani'], actor: 'RSF' },
    { category: 'captured', places: ['Wad Madani'], actor: 'RSF' },
  ]],
  // An ally named with the side that withdrew ("backed by", "supported by", "alongside") did not take the place.
  ['wire', 'ISIS fighters shelled the outskirts of Ramadi. Iraqi troops, backed by US-led coalition aircraft, withdrew from Ramadi.', [
    { category: 'captured', places: ['Ramadi'], actor: 'ISIS fighters' },
  ]],
  ['thinktank', 'M23 rebels shelled army positions near Sake. The FARDC, supported by Burundian troops, abandoned the town of Sake.', [
    { category: 'captured', places: ['Sake'], actor: 'M23 rebels' },
  ]],
  ['encyclopedic', 'HTS fighters shelled Saraqib. Syrian troops, alongside Iranian-backed militias, withdrew from Saraqib.', [
    { category: 'captured', places: ['Saraqib'], actor: 'HTS' },
  ]],
]);

rule('"took back X", "won back X" are captures', [
  ['encyclopedic', 'The rebels launched a counter-offensive and took back Kafr Ain and Zarzur.', [
    { category: 'captured', places: ['Kafr Ain', 'Zarzur'], actor: 'rebels' },
  ]],
  ['wire', 'The army won back Sake on Sunday, the governor said.', [
    { category: 'captured', places: ['Sake'], actor: 'army', time: 'on Sunday', reporters: ['governor'] },
  ]],
  ['thinktank', 'Ukrainian forces took back Robotyne in late August.', [{ category: 'captured', places: ['Robotyne'], actor: 'Ukrainian forces' }]],
  // Things taken back are no places.
  ['regional', 'Families took back their belongings from the camp.', []],
]);

rule('the owner of a capture noun is its side: "the army\'s capture of X", "the rebels\' seizure of X"', [
  ['encyclopedic', "After the army's capture of Zarzur, residents fled north.", [{ category: 'captured', places: ['Zarzur'], actor: 'the army' }]],
  ['wire', "The RSF's swift seizure of Tamboul came on 3 March, witnesses said.", [{ category: 'captured', places: ['Tamboul'], actor: 'RSF' }]],
  ['thinktank', "Russian forces' capture of Stepove widened the salient.", [{ category: 'captured', places: ['Stepove'], actor: 'Russian forces' }]],
  // "by Y" after the place still names the side; a possessive place is not a side.
  ['regional', "Following the capture of Rubaya by M23, Kibumba's residents fled.", [{ category: 'captured', places: ['Rubaya'], actor: 'M23' }]],
]);

rule('ground taken whole in a place: "the pocket in southern X", "a highway running through X"', [
  ['encyclopedic', 'The army then took the entire rebel-held pocket in southern Salaheddine.', [
    { category: 'captured', places: ['Salaheddine'], actor: 'army' },
  ]],
  ['wire', 'Government forces widened their control by seizing a highway running through Kafr Ain, a monitor said.', [
    { category: 'captured', places: ['Kafr Ain'], actor: 'Government forces' },
  ]],
  ['thinktank', 'M23 overran the last army enclave in northern Masisi on 4 May.', [{ category: 'captured', places: ['Masisi'], actor: 'M23' }]],
  // The same ground closing an object list, after "and (then|subsequently)".
  ['encyclopedic', 'M23 took Rubaya and then the entire army enclave in northern Masisi.', [{ category: 'captured', places: ['Rubaya', 'Masisi'], actor: 'M23' }]],
  ['wire', 'Houthi fighters seized Harib and subsequently the main road through Marib, tribal sources said.', [
    { category: 'captured', places: ['Harib', 'Marib'], actor: 'Houthi fighters', reporters: ['tribal sources'] },
  ]],
  // A road near a town only lies beside it, and a pocket the army merely shelled changed no hands.
  ['regional', 'The army seized a road near Kafr Ain.', []],
  ['wire', 'Jets shelled the rebel-held pocket in southern Salaheddine.', []],
]);

rule('ground at a place and the place itself are two captures: "withdrew from X ... seized a highway running through X"', [
  ['wire', 'Rebels withdrew from Kafr Ain overnight, a monitor said. State television said troops had also seized a highway running through Kafr Ain.', [
    { category: 'captured', places: ['Kafr Ain'] },
    { category: 'captured', places: ['Kafr Ain'], actor: 'troops', reporters: ['State television'] },
  ]],
  ['regional', 'Houthi fighters took Harib on Sunday. On Sunday they also seized the main road through Harib.', [
    { category: 'captured', places: ['Harib'], actor: 'Houthi fighters' },
    { category: 'captured', places: ['Harib'], actor: 'Houthi fighters' },
  ]],
  ['encyclopedic', 'On 3 May, M23 captured Rubaya. The same day, M23 overran the last army enclave in northern Rubaya.', [
    { category: 'captured', places: ['Rubaya'], actor: 'M23' },
    { category: 'captured', places: ['Rubaya'], actor: 'M23' },
  ]],
  // The same ground told twice is one capture.
  ['wire', 'Troops seized a highway running through Kafr Ain on Monday. State media said troops seized a highway running through Kafr Ain on Monday.', [
    { category: 'captured', places: ['Kafr Ain'], actor: 'Troops' },
  ]],
]);

rule('a site named before its noun: "the old X factories, and seized most of them", "the X housing project ... took it"', [
  ['encyclopedic', 'Rebels pushed into the old Ramouseh factories, and seized most of them.', [
    { category: 'advanced', places: ['Ramouseh'], actor: 'Rebels' },
    { category: 'captured', places: ['Ramouseh'], actor: 'Rebels' },
  ]],
  ['regional', 'M23 fighters entered the Mugunga housing project on Monday and took it.', [
    { category: 'entered', places: ['Mugunga'], actor: 'M23' },
    { category: 'captured', places: ['Mugunga'], actor: 'M23' },
  ]],
  ['thinktank', 'Russian troops advanced into the former Stepove dairy.', [{ category: 'advanced', places: ['Stepove'], actor: 'Russian troops' }]],
  // A site only located by a town is not the object the pronoun stands for.
  ['wire', 'Shells hit the old Ramouseh factories, and residents fled them.', []],
]);

rule('a province qualifying the town taken: "the Hama town of X", "the eastern Donetsk town of X"', [
  ['wire', 'Rebels seized the Hama town of Kafr Ain on Sunday, a monitor said.', [
    { category: 'captured', places: ['Kafr Ain'], actor: 'Rebels', time: 'on Sunday' },
  ]],
  ['regional', 'M23 captured the North Kivu town of Rubaya.', [{ category: 'captured', places: ['Rubaya'], actor: 'M23' }]],
  ['thinktank', 'Russian forces entered the eastern Donetsk town of Stepove.', [{ category: 'entered', places: ['Stepove'], actor: 'Russian forces' }]],
  ['encyclopedic', 'The army advanced in the southwestern Aleppo district of Sukkari.', [{ category: 'advanced', places: ['Sukkari'], actor: 'army' }]],
]);

rule('control as a verb in the perfect or with "now": "after the army has controlled the town", "now controls X"', [
  ['wire', 'Residents of Kafr Ain returned once the army had controlled the village, the monitor said.', [
    { category: 'captured', places: ['Kafr Ain'], actor: 'the army', reporters: ['monitor'] },
  ]],
  ['regional', 'Houthi fighters had fully controlled Harib by Sunday evening.', [{ category: 'captured', places: ['Harib'], actor: 'Houthi fighters' }]],
  ['thinktank', 'M23 now controls Rubaya.', [{ category: 'captured', places: ['Rubaya'], actor: 'M23' }]],
  // A holding that lasts ("since", "for years") is no change of hands, nor is a simple past without "now".
  ['encyclopedic', 'Rebels have controlled Kafr Ain since 2014.', []],
  ['wire', 'The Houthis, who have controlled Harib for years, shelled Marib.', []],
  ['regional', 'M23 controlled most of Masisi at the time.', []],
]);

rule('a route or work named after a place is not the place: "the X road", "the X dam and the bridge at Y"', [
  ['regional', 'The RSF seized the Um Rawaba road and the bridge at Kosti.', [{ category: 'captured', places: ['Kosti'], actor: 'RSF' }]],
  ['thinktank', 'Russian forces cut the Kostiantynivka highway and then entered Toretsk.', [{ category: 'entered', places: ['Toretsk'], actor: 'Russian forces' }]],
  ['wire', 'Iraqi troops retook the Haditha dam on Friday.', []],
  ['encyclopedic', 'Government troops recaptured the railway station in Kafr Ain.', [{ category: 'captured', places: ['Kafr Ain'], actor: 'Government troops' }]],
]);

rule('"both" stands for the two places just named, in the sentence or the one before', [
  ['encyclopedic', 'M23 attacked Rubaya and Kibumba. Two days later, the rebels captured both.', [
    { category: 'captured', places: ['Rubaya', 'Kibumba'], actor: 'rebels' },
  ]],
  ['regional', 'The army besieged Harib and Juba and retook both towns on Monday.', [
    { category: 'captured', places: ['Harib', 'Juba'], actor: 'army', time: 'on Monday' },
  ]],
  // "Both sides" is no object; a sentence before with three places is no pair.
  ['wire', 'Both sides claimed Kafr Ain.', []],
]);

rule('a count of places inside a capture: "cleared 500 square km, including at least 28 villages", "including 60 in X alone"', [
  ['regional', 'Peshmerga units swept a wide belt of farmland, and cleared it, including at least 14 villages south of Kirkuk.', [
    { category: 'captured', value: 14, unit: 'places', places: ['Kirkuk'], actor: 'Peshmerga' },
  ]],
  ['wire', 'M23 seized 70 localities across Masisi and Rutshuru since Aug. 3, including about 40 in Masisi during the past week, the UN said.', [
    { category: 'captured', value: 70, unit: 'places', reporters: ['UN'] },
    { category: 'captured', value: 40, unit: 'places', places: ['Masisi'], reporters: ['UN'], time: 'during the past week' },
  ]],
  // The same "including" in a toll is no capture.
  ['monitor', 'The shelling killed 14 people, including 6 children, in Ariha.', [{ category: 'killed', value: 14 }, { category: 'killed', value: 6 }]],
]);

rule('an advance past, to the edge of, or within a distance of a place', [
  ['thinktank', 'Russian forces recently advanced past Novoselivka, according to geolocated footage.', [
    { category: 'advanced', places: ['Novoselivka'], actor: 'Russian forces' },
  ]],
  ['encyclopedic', 'On 2 March, Houthi fighters progressed into Harib from the east.', [
    { category: 'advanced', places: ['Harib'], actor: 'Houthi fighters', time: 'On 2 March' },
  ]],
  ['wire', 'The M23 columns, which were some 50 kilometres north of Kalehe on Friday, met no resistance.', [
    { category: 'advanced', places: ['Kalehe'], actor: 'M23', time: 'on Friday' },
  ]],
  ['regional', 'RSF units were now some 20 km from Kosti, witnesses said.', [{ category: 'advanced', places: ['Kosti'], actor: 'RSF', reporters: ['witnesses'] }]],
  // Places and residents at a distance, and talks that progress, are no advance.
  ['sitrep', 'The camp is 12 km from Kalehe.', []],
  ['sitrep', 'Families were about 10 km from Kosti when the shelling began.', []],
  ['wire', 'The talks progressed to a second round in Geneva.', []],
]);

rule('a side\'s "-held" adjective is no place name: "the last Houthi-held enclave in southern X"', [
  ['encyclopedic', 'The army took Kafr Ain and then the last Turkish-backed pocket in northern Zarzur.', [
    { category: 'captured', places: ['Kafr Ain', 'Zarzur'], actor: 'army' },
  ]],
  ['thinktank', 'Ukrainian troops retook the Russian-held salient in eastern Robotyne.', [{ category: 'captured', places: ['Robotyne'], actor: 'Ukrainian troops' }]],
]);

rule('"it" as the subject of a capture is the place that opened the sentence before', [
  ['encyclopedic', 'The village of Tell Sukkar changed little in the first year. In May 2016 it was seized by the rebels.', [
    { category: 'captured', places: ['Tell Sukkar'], actor: 'the rebels', time: 'In May 2016' },
  ]],
  ['thinktank', 'The town of Robotyne sits on the southern axis. It was recaptured by Ukrainian troops on 28 August.', [
    { category: 'captured', places: ['Robotyne'], actor: 'Ukrainian troops', time: 'on 28 August' },
  ]],
  // An "it" that is no capture's subject takes nothing.
  ['regional', 'The town of Sake was calm on Monday. It was market day.', []],
  ['wire', 'The city of Kosti lies on the White Nile. It was shelled on Sunday.', []],
]);

rule('a passive\'s agent belongs to its verb: the time after "by X" dates that capture', [
  ['encyclopedic', 'Kafr Ain was taken by the rebels in May and was recaptured by the army in June.', [
    { category: 'captured', places: ['Kafr Ain'], actor: 'the rebels', time: 'in May' },
    { category: 'captured', places: ['Kafr Ain'], actor: 'the army', time: 'in June' },
  ]],
  ['regional', 'Harib fell to the Houthis on 2 March and was retaken by the Giants Brigades on 9 April.', [
    { category: 'captured', places: ['Harib'], time: 'on 2 March' },
    { category: 'captured', places: ['Harib'], time: 'on 9 April' },
  ]],
]);

rule('a place\'s distance from another is no advance: "X, which is 20 miles from Y"', [
  ['wire', 'The Houthis shelled Harib, which is about 30 km from Marib city.', []],
  ['thinktank', 'Russian artillery hit Kurakhove, which was some 35 km from Pokrovsk.', []],
]);
