/**
 * A newsletter's post states its author's own figures, and its page names the publication only in its address: a
 * post ("/p/slug") on a newsletter platform's host ("sudanwarmonitor.substack.com") or on the publication's own domain
 * ("syriaweekly.com/p/..."). The publication is the host's name, whose words run together: it is read back as words
 * the text itself writes ("Syria") and masthead words ("Weekly"), data/newsletter-names.csv. A host that cannot be read
 * so whole names no one (a guessed split would be a made-up name).
 */
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';

const FILE = 'newsletter-names.csv';
let cached: { paths: string[]; platforms: string[]; masthead: Set<string> } | undefined;

function table() {
  if (cached) return cached;
  const rows = parseRegistry(readDataFile(FILE), FILE, ['kind', 'text'], { kind: ['post_path', 'platform_host', 'masthead_word'] });
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.text!.toLowerCase());
  cached = { paths: of('post_path'), platforms: of('platform_host'), masthead: new Set(of('masthead_word')) };
  return cached;
}

/** The label that names the publication: a platform's subdomain, else the domain's name before its suffix. */
function publicationLabel(url: string): string | undefined {
  const m = /^https?:\/\/([^/?#:]+)(\/[^?#]*)?/i.exec(url.trim());
  if (!m) return undefined;
  const host = m[1]!.toLowerCase().replace(/^(?:www|m)\./, '');
  const path = (m[2] ?? '/').toLowerCase();
  const { paths, platforms } = table();
  const platform = platforms.find((p) => host.endsWith(`.${p}`));
  if (platform) return host.slice(0, -platform.length - 1).split('.').pop();
  if (!paths.some((p) => path.startsWith(p) && path.length > p.length)) return undefined;
  const labels = host.split('.');
  // "syriaweekly.com", "syriaweekly.co.uk": the label before a country's second-level suffix.
  return labels.length > 2 && labels[labels.length - 2]!.length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2];
}

/**
 * The label split into the fewest words, each a word the text writes (as it writes it) or a masthead word, capitalised;
 * undefined when no split covers it or none of its words is a masthead word.
 */
function splitLabel(label: string, written: Map<string, string>): string | undefined {
  const { masthead } = table();
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= label.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const piece = label.slice(start, end);
      const word = written.get(piece) ?? (masthead.has(piece) ? piece[0]!.toUpperCase() + piece.slice(1) : undefined);
      if (before && word && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, word];
    }
  }
  const words = best[label.length];
  // A masthead capitalises every word: "Sudan War Monitor", though the text writes "the war".
  return words && words.some((w) => masthead.has(w.toLowerCase())) ? words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') : undefined;
}

/** The words a text writes, by their folded form, as first written capitalised (else as written). */
function writtenWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const [w] of text.matchAll(/\p{L}{3,}/gu)) {
    const key = w.toLowerCase();
    if (!words.has(key) || (/^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(words.get(key)!))) words.set(key, /^\p{Lu}{2,}$/u.test(w) ? w[0] + key.slice(1) : w);
  }
  return words;
}

/** The publication a newsletter post's address names, as words; '' when the address is no newsletter post. */
export function newsletterAuthor(url: string, text: string): string {
  const label = publicationLabel(url);
  return label ? splitLabel(label.replace(/[^a-z]/g, ''), writtenWords(text)) ?? '' : '';
}
