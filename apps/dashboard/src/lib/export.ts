/**
 * Downloads from a chart, made in the browser from what it shows now: the table's rows under the current filters as
 * CSV, the drawn SVG, and a PNG of it. Cells that a spreadsheet would run as a formula are made inert with the
 * pipeline's own rule (@frontline/io/csv-text).
 */
import { textRowsCsv } from '@frontline/io/csv-text';
import type { TableColumn } from './table.ts';

/** The rows as CSV: a header of the column labels, each cell the text the table shows. */
export function csvOf<T>(columns: TableColumn<T>[], rows: T[]): string {
  return textRowsCsv([columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => c.value(row)))]);
}

/** Saves a blob under a file name (a temporary link, clicked and removed). */
export function save(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const STYLE = 'font: 11px system-ui, sans-serif; fill: #333;';

/** A standalone SVG of a drawn chart: its size, a white ground, the title and source line as text in the image. */
export function svgOf(svg: SVGSVGElement, title: string, source: string): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.removeAttribute('class');
  // Room for the title above and the source below the plot.
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height + 44));
  clone.setAttribute('viewBox', `0 -24 ${width} ${height + 44}`);
  clone.querySelectorAll('[tabindex],[role],[aria-label]').forEach((el) => {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
  });
  const ns = 'http://www.w3.org/2000/svg';
  const ground = document.createElementNS(ns, 'rect');
  Object.entries({ x: '0', y: '-24', width: String(width), height: String(height + 44), fill: '#fff' }).forEach(([k, v]) =>
    ground.setAttribute(k, v),
  );
  const text = (content: string, y: number, weight = 'normal') => {
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('x', '4');
    t.setAttribute('y', String(y));
    t.setAttribute('style', `${STYLE} font-weight: ${weight};`);
    t.textContent = content;
    return t;
  };
  clone.prepend(ground, text(title, -8, 'bold'));
  clone.append(text(source, height + 14));
  return { text: new XMLSerializer().serializeToString(clone), width, height: height + 44 };
}

/** The SVG drawn on a canvas at twice its size, as PNG. */
export async function pngOf(svg: { text: string; width: number; height: number }): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: svg.width * 2, height: svg.height * 2 });
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
