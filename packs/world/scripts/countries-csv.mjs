// Regenerates packs/world/countries.csv from the world-countries npm package (mledoze/countries, ODbL 1.0):
//   npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
//   node packs/world/scripts/countries-csv.mjs package/countries.json packs/world/countries-extra.csv > packs/world/countries.csv
// countries-extra.csv adds names and demonyms reporting uses that the package lacks (code, kind, value, source), each
// credited in the row's source column.
// Kept out of the dependencies: the package is 22 MB (flags, shapes) for 250 rows of names and demonyms.
import { readFileSync } from 'node:fs';

const countries = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// The extra names file is plain (no quoted commas before the source column): code, kind (name or demonym), value, source.
const extra = new Map();
for (const line of readFileSync(process.argv[3], 'utf8').trim().split('\n').slice(1)) {
  const [code, kind, value, ...source] = line.split(',');
  extra.set(code, [...(extra.get(code) ?? []), { kind, value, source: source.join(',').replace(/^"|"$/g, '') }]);
}
const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const rows = [['code', 'name', 'alternate_names', 'demonyms', 'source'].join(',')];
for (const x of countries.sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) {
  // Two- and three-letter codes ("UA", "UKR") are not names a text uses; they would match stray capitals.
  const alts = [...new Set([x.name.official, ...x.altSpellings.filter((s) => s.length > 3 && !/^[A-Z]{2,3}$/.test(s))])]
    .filter((s) => s !== x.name.common);
  const demonyms = [...new Set([x.demonyms?.eng?.m, x.demonyms?.eng?.f].filter(Boolean))];
  const added = extra.get(x.cca2) ?? [];
  const more = (kind) => added.filter((a) => a.kind === kind).map((a) => a.value);
  const source = ['world-countries 5.1.0 (mledoze/countries), ODbL 1.0', ...added.map((a) => `'${a.value}': ${a.source}`)].join('; ');
  rows.push([x.cca2, x.name.common, [...alts, ...more('name')].join('|'), [...demonyms, ...more('demonym')].join('|'), source].map(q).join(','));
}
process.stdout.write(`${rows.join('\n')}\n`);
