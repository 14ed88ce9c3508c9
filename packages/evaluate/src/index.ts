export { parseGold, type GoldFact } from './gold.ts';
export { matches, assign } from './match.ts';
export { scoreFacts, formatReport, type EvalReport, type Ratio } from './score.ts';
export { looseKey, reporterKey } from './keys.ts';
