export { writeFileAtomic } from './atomic.ts';
export { toCell, fromCell, LIST_SEPARATOR, type Row } from './cells.ts';
export { toCsv, toHxlCsv, parseCsv, readCsv } from './csv.ts';
export { toArrow, readArrow } from './arrow.ts';
export { writeJsonl, readJsonl, MissingInputError } from './jsonl.ts';
export { writeTable, type WrittenTable } from './tables.ts';
export { buildDatapackage, type PackageInfo } from './datapackage.ts';
