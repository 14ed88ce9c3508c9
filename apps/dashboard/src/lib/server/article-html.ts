/**
 * An article's page as one static HTML file, written by the data step (scripts/page-data.ts) instead of prerendered
 * by SvelteKit. An article page is text and links without JavaScript, so nothing is lost by not going through the
 * app; and at 10,000 articles the prerender of their pages was most of the build's time and of the `vite build`
 * process's memory. The markup is the layout's (skip link, navigation, footer) around the article's text, and the
 * page reads the layout's stylesheet, which the build copies to ARTICLE_STYLESHEET once Vite has named it.
 */
import { externalHref } from '../links.ts';
import { formatDay } from '../format.ts';
import type { ArticleText } from './pages.ts';

/** Where the article pages find the layout's stylesheet, from the site's root (scripts/static-pages.ts writes it). */
export const ARTICLE_STYLESHEET = 'article.css';

/** An article page is at articles/<slug>/index.html: the site's root is two folders up. */
const ROOT = '../../';

const NAV = [
  ['', 'Overview'],
  ['displacement/', 'Displacement'],
  ['casualties/', 'Casualties'],
  ['territory/', 'Territory'],
  ['sources/', 'Sources'],
  ['data/', 'Data'],
  ['review/', 'Review'],
] as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from the data, made inert in an element or a quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The article's address as the app's ExternalLink shows it: a link when http(s), else the words as text. */
function originalLink(url: string): string {
  if (!url) return '';
  const href = externalHref(url);
  if (href) return ` · <a href="${escapeHtml(href)}" rel="external noopener noreferrer">original</a>`;
  return ` · <span class="inert-url" title="not a web address, shown as text">original <code>${escapeHtml(url)}</code></span>`;
}

/** The clean text; each sentence is an anchor (#s<index>) and each figure in it is marked. */
function articleBody(runs: ArticleText['runs']): string {
  return runs
    .map((run) => {
      const parts = run.parts.map((p) => (p.figure ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
      return run.sentence === null ? parts : `<span class="sentence" id="s${run.sentence}">${parts}</span>`;
    })
    .join('');
}

function chrome(): string {
  const links = NAV.map(([path, label]) => `<li><a href="${ROOT}${path}">${label}</a></li>`).join('');
  return `<a class="skip" href="#main">Skip to content</a> <header class="top"><div class="brand"><a href="${ROOT}">Frontline</a></div> <nav aria-label="Pages"><ul>${links}</ul></nav></header>`;
}

/** The whole page of one article; `siteTitle` is the data package's title, as the layout's footer shows it. */
export function articleHtml(a: ArticleText, siteTitle: string): string {
  const meta = `${escapeHtml(a.outlet || 'Outlet unknown')} · published ${escapeHtml(formatDay(a.published))}${originalLink(a.url)}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(a.title)} · Frontline</title>
    <link href="${ROOT}${ARTICLE_STYLESHEET}" rel="stylesheet">
  </head>
  <body>
    ${chrome()} <main id="main"><p class="crumbs"><a href="${ROOT}sources/">Sources</a> / <code>${escapeHtml(a.article_id)}</code></p> <h1>${escapeHtml(a.title)}</h1> <p class="meta">${meta}</p> <article class="article-text">${articleBody(a.runs)}</article></main> <footer class="foot"><p>${escapeHtml(siteTitle)}. Figures as the articles state them, with the sentence each came from. <a href="${ROOT}data/">Data and licences</a>.</p></footer>
  </body>
</html>
`;
}
