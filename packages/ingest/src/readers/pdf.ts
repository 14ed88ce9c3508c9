/**
 * A PDF report: its text layer read with unpdf (PDF.js for servers), laid out in reading order (pdf-layout.ts).
 * Line wraps and words hyphenated across lines are joined afterwards by the same step as every text (unwrap.ts).
 * A PDF without a text layer (a scan) and one that needs a password are refused with that reason: no OCR is done
 * and no password is tried beyond the empty one.
 */
import type { getDocumentProxy } from 'unpdf';
import { articleId } from '../id.ts';
import { layoutText, type PageRuns } from './pdf-layout.ts';
import { refused, single, type InputFile, type ReadOutcome, type Reader } from './types.ts';

/** Reports run to many pages with images: a larger limit than a text file's. */
const MAX_PDF_BYTES = 64 * 1024 * 1024;
/** Fewer letters or digits than this in the whole text layer: nothing to read (a scan, or only a stamp). */
const MIN_TEXT_CHARS = 20;

interface TextItem {
  str: string;
  width: number;
  height: number;
  transform: number[];
}

async function pageRuns(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<PageRuns[]> {
  const pages: PageRuns[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const [x0, , x1] = page.view;
    const runs = (content.items as TextItem[])
      .filter((item) => typeof item.str === 'string' && item.str.trim() !== '')
      .map((item) => ({
        str: item.str,
        x: item.transform[4]!,
        y: item.transform[5]!,
        width: item.width,
        size: Math.hypot(item.transform[2]!, item.transform[3]!) || item.height || 10,
      }));
    pages.push({ width: x1! - x0!, runs });
    page.cleanup();
  }
  return pages;
}

/** Why PDF.js could not open the file, as a user reads it. */
function openFailure(err: unknown): string {
  const name = (err as Error)?.name ?? '';
  if (name === 'PasswordException') return 'encrypted PDF: it needs a password to open';
  return `unreadable PDF (${name || 'error'}: ${String((err as Error)?.message ?? err).split('\n')[0]})`;
}

export async function readPdf(file: InputFile): Promise<ReadOutcome> {
  // Loaded on the first PDF: PDF.js is large, and most runs read none.
  const { getDocumentProxy: open } = await import('unpdf');
  let pdf;
  try {
    // A copy: PDF.js takes the buffer over. Errors only on the console: its warnings would land in the CLI's output.
    pdf = await open(new Uint8Array(file.bytes), { verbosity: 0 });
  } catch (err) {
    return refused(file.path, openFailure(err));
  }
  try {
    const pages = await pageRuns(pdf);
    const { text, removed } = layoutText(pages);
    if ((text.match(/[\p{L}\p{N}]/gu) ?? []).length < MIN_TEXT_CHARS) {
      return refused(file.path, `PDF without a text layer (${pdf.numPages} page(s) of images, e.g. a scan): it would need OCR, which is not done`);
    }
    return single({ path: file.path, id: articleId(file.path), raw: file.bytes, text, meta: {}, issues: [], removed });
  } catch (err) {
    return refused(file.path, openFailure(err));
  } finally {
    await pdf.loadingTask.destroy();
  }
}

export const pdfReader: Reader = { format: 'pdf', maxBytes: MAX_PDF_BYTES, read: readPdf };
