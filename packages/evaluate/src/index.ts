export { parseGold, readGold, type GoldFact } from './gold.ts';
export { matches, assign } from './match.ts';
export { scoreFacts, CONFIDENCE_BANDS, type EvalReport, type Ratio, type Scores, type ScoreOptions } from './score.ts';
export { formatReport, scoresTable } from './format.ts';
export { looseKey, reporterKey } from './keys.ts';
export { readSources, splitOf, type SourceRow } from './sources.ts';
export { checkFloors, raiseFloors, type Floors, type FloorBreach } from './floors.ts';
export { testPartManifest } from './freeze.ts';
