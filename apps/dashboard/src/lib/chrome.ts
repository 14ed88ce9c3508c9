/** The line under a chart that says where its figures come from (what Our World in Data puts under each chart). */

interface Sourced {
  reported_by: string[];
  prov: { article_id: string };
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * "Source: OCHA, SOHR and 3 other reporters, in 12 articles; extracted by Frontline (casualties_timeline.csv)."
 * The three reporters with the most rows are named; the file is the pipeline table the rows come from.
 */
export function sourceLine(rows: Sourced[], table: string): string {
  const counts = new Map<string, number>();
  for (const r of rows) for (const name of r.reported_by) counts.set(name, (counts.get(name) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const articles = new Set(rows.map((r) => r.prov.article_id)).size;
  const named = ranked.slice(0, 3);
  const others = ranked.length - named.length;
  const who = named.length === 0 ? 'unattributed figures' : list([...named, ...(others ? [`${others} other ${others === 1 ? 'reporter' : 'reporters'}`] : [])]);
  return `Source: ${who}, in ${articles} ${articles === 1 ? 'article' : 'articles'}; extracted by Frontline (${table}).`;
}
