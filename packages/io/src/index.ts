export { writeFileAtomic, writeLinesAtomic, writeChunksAtomic, AtomicFile, syncPath, crashPoint, TMP_FILE } from './atomic.ts';
export { toCell, fromCell, inertText, rawText, LIST_SEPARATOR, type Row } from './cells.ts';
export { toCsv, toHxlCsv, parseCsv, readCsv, csvLine } from './csv.ts';
export { toArrow, writeArrow, readArrow } from './arrow.ts';
export { writeJsonl, readJsonl, eachJsonl, jsonlRecords, jsonlRecordsAt, readJsonlSpans, jsonlLines, jsonArrayItems, jsonObjectMembers, JsonlWriter, MissingInputError, type LineSpan } from './jsonl.ts';
export { writeTable, type WrittenTable } from './tables.ts';
export { tableDigest, type TableDigests, type TableReuse } from './table-reuse.ts';
export { buildDatapackage, type PackageInfo } from './datapackage.ts';
export { tryLock, isLock, lockPathOf, isAlive, type OutputLock, type LockHolder } from './lock.ts';
export {
  reviewQueue,
  factCorrections,
  placeCorrection,
  candidateId,
  CORRECTION_HEADERS,
  type ReviewQueue,
  type ReviewEvent,
  type CorrectionFile,
  type CorrectionLine,
  type Signature,
} from './review.ts';
export { beginSet, commitSet, discardSet, recoverOutputSet, syncTree, listFiles } from './output-set.ts';
