import type { IngestedArticle, Rejection } from '@frontline/schema';

/** A file handed to ingest: its path relative to the input folder and its raw bytes. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

export interface IngestResult {
  articles: IngestedArticle[];
  rejected: Rejection[];
}

/** Placeholder until the ingest stage lands. */
export function ingestFiles(_files: InputFile[]): IngestResult {
  throw new Error('ingest: not implemented yet');
}
