/**
 * The one gate for web addresses that come from data (front matter, datapackage.json): only an absolute `http:` or
 * `https:` URL becomes a link. Anything else (`javascript:`, `data:`, `vbscript:`, relative paths, text that does not
 * parse) is shown as text, so a hostile article cannot put a script behind a click.
 */
const WEB = new Set(['http:', 'https:']);

/** The address to put in `href`, re-serialised by the URL parser; null when it must not be a link. */
export function externalHref(url: unknown): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return WEB.has(parsed.protocol) ? parsed.href : null;
}
