/**
 * Real-shaped inputs of every format, made here rather than committed: a saved news page with its navigation,
 * header, footer, scripts, styles and cookie banner; a two-column PDF report with a running header and page
 * numbers (drawn with pdf-lib, the lines of both columns interleaved in the content stream so that stream order
 * is not reading order); a PDF with no text layer; a PDF that needs a password (written by hand: pdf-lib does not
 * encrypt); a page that is only navigation.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface Story {
  title: string;
  /** ISO date for the page's metadata. */
  published: string;
  outlet: string;
  url: string;
  paragraphs: string[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news site's article page as a browser saves it. */
export function newsPage(story: Story): string {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: story.title, datePublished: `${story.published}T08:15:00+03:00`, publisher: { '@type': 'Organization', name: story.outlet } };
  return `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${escape(story.title)} | ${escape(story.outlet)}</title>
<meta property="og:site_name" content="${escape(story.outlet)}">
<meta property="og:title" content="${escape(story.title)}">
<meta property="article:published_time" content="${story.published}T08:15:00+03:00">
<link rel="canonical" href="${escape(story.url)}">
<style>body { font-family: serif } .nav a { color: red } /* Fighting displaced 999 people */</style>
<script>window.dataLayer = []; var note = "Rebels captured 77 villages"; function track() { return 1; }</script>
<script type="application/ld+json">${JSON.stringify(ld)}</script>
</head><body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="site-header"><a href="/" class="logo">${escape(story.outlet)}</a>
<nav class="nav"><ul><li><a href="/world">World</a></li><li><a href="/middle-east">Middle East</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
<article>
<h1>${escape(story.title)}</h1>
<p class="byline">By Staff Reporter · <time datetime="${story.published}">${story.published}</time></p>
${story.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<script>document.write('<p>Ad: 500 people killed by low prices</p>')</script>
</article>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Markets rally as oil falls</a></li><li><a href="/b">Ten recipes for summer</a></li><li><a href="/c">Election results live</a></li></ul></aside>
</main>
<footer><p><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p><p>© 2019 ${escape(story.outlet)}. All rights reserved.</p></footer>
<script src="/static/app.js"></script>
</body></html>
`;
}

/** A section front or a site map: menus and headline links, no article. */
export function navigationPage(): string {
  const links = (names: string[]) => `<ul>${names.map((n, i) => `<li><a href="/s/${i}">${n}</a></li>`).join('')}</ul>`;
  return `<!DOCTYPE html><html><head><title>World news | Daily Example</title><script>var x = 1;</script></head><body>
<header><nav>${links(['Home', 'World', 'Middle East', 'Africa', 'Europe', 'Americas', 'Asia', 'Business', 'Sport'])}</nav></header>
<main><h2>Latest</h2>${links(['Talks resume in Geneva as both sides trade accusations over the ceasefire', 'Aid convoy reaches besieged district after weeks of delay', 'Markets fall on fears of a wider regional war', 'Opinion: what the new offensive means for the region'])}</main>
<footer>${links(['About', 'Contact', 'Privacy', 'Terms'])}</footer></body></html>`;
}

/** Words to lines of at most `width` points; a long lower-case word that does not fit is hyphenated, as typesetters do. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    // Split a long lower-case word across the line end, keeping at least four letters on each side.
    let cut = /^\p{Ll}{9,}[,.]?$/u.test(word) ? word.length - 4 : 0;
    while (cut >= 4 && !fits(`${line} ${word.slice(0, cut)}-`)) cut--;
    if (cut >= 4 && line !== '') {
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface Report {
  title: string;
  /** Running header on every page. */
  header: string;
  paragraphs: string[];
}

/**
 * A two-column A4-ish report: a full-width title on page 1, the paragraphs flowing down the left column, then the
 * right, then onto the next page; a running header and a "Page N of M" footer on every page. The lines are drawn
 * row by row across both columns, so a reader that follows the content stream would interleave the columns.
 */
export async function twoColumnReport(report: Report, linesPerColumn = 14): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const size = 10;
  const leading = 13;
  const columnWidth = 230;
  // Each paragraph's lines, a blank line between paragraphs.
  const flow = report.paragraphs.flatMap((p, i) => [...(i > 0 ? [''] : []), ...wrap(p, font, size, columnWidth)]);
  const perPage = 2 * linesPerColumn;
  const pageCount = Math.ceil(flow.length / perPage);
  for (let n = 0; n < pageCount; n++) {
    const page = doc.addPage([595, 842]);
    page.drawText(report.header, { x: 50, y: 800, size: 8, font });
    let top = 760;
    if (n === 0) {
      page.drawText(report.title, { x: 50, y: 740, size: 16, font: bold });
      top = 700;
    }
    const left = flow.slice(n * perPage, n * perPage + linesPerColumn);
    const right = flow.slice(n * perPage + linesPerColumn, (n + 1) * perPage);
    for (let row = 0; row < linesPerColumn; row++) {
      const y = top - row * leading;
      if (left[row]) page.drawText(left[row]!, { x: 50, y, size, font });
      if (right[row]) page.drawText(right[row]!, { x: 315, y, size, font });
    }
    page.drawText(`Page ${n + 1} of ${pageCount}`, { x: 270, y: 40, size: 8, font });
  }
  return doc.save({ useObjectStreams: false });
}

/** A scanned page: only drawn shapes (standing in for the scan's image), no text at all. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page: PDFPage = doc.addPage([595, 842]);
  for (let i = 0; i < 30; i++) page.drawRectangle({ x: 50, y: 780 - i * 22, width: 300 + (i % 5) * 30, height: 8, color: rgb(0.2, 0.2, 0.2) });
  return doc.save();
}

/**
 * A PDF encrypted with the standard security handler (revision 2) whose user password is not empty: its /U entry is
 * not the empty password's, so no reader can open it without the password. Written by hand, offsets computed.
 */
export function encryptedPdf(): Uint8Array {
  const hex32 = (byte: string) => `<${byte.repeat(32)}>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 8 >>\nstream\n\x8f\x12\xa4\x07\x33\x91\xc2\x5e\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex32('5a')} /U ${hex32('c3')} /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (c) => c.charCodeAt(0));
}

/** A text of several genres' constructions, written for these tests: a capture, deaths, injuries and displacement. */
export const STORY: Story = {
  title: 'Offensive reaches the river towns',
  published: '2019-05-14',
  outlet: 'Daily Example',
  url: 'https://news.example.org/world/2019/05/14/river-towns',
  paragraphs: [
    'Government forces captured the town of Kafr Nabudah on Monday after a week of heavy shelling, a war monitor said.',
    'At least 23 civilians were killed and 40 others were injured in air strikes on the town of Khan Shaykhun, the Syrian Observatory for Human Rights said.',
    'More than 60,000 people have fled their homes since the offensive began, according to the United Nations, and many are sheltering in overcrowded camps near the border.',
    'Aid workers said the displacement was the largest in the province this year.',
  ],
};

/** The story as a user would save it in a text file: title line, then the paragraphs. */
export const STORY_TEXT = `${STORY.title}\n\n${STORY.paragraphs.join('\n\n')}\n`;
