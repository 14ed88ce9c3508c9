// The package's browser build: its Node build reads the global Buffer, which a browser does not have.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { inertText } from './cells.ts';

/**
 * Rows of text cells as CSV (RFC 4180 quoting, `\n` line ends), each cell made inert for spreadsheets by the same
 * rule as the pipeline's tables. No Node imports: the dashboard uses it in the browser for its filtered downloads.
 */
export function textRowsCsv(rows: string[][]): string {
  return stringify(
    rows.map((row) => row.map(inertText)),
    { record_delimiter: 'unix' },
  );
}
