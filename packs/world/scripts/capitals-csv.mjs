// Writes packs/world/capitals.csv from the built world index: each country's capital is the GeoNames place with
// feature code PPLC ("capital of a political entity"), one per country in cities500.
//   node packs/world/scripts/capitals-csv.mjs packs/world/index/places.tsv > packs/world/capitals.csv
// Kept as data so "the Somali capital", "Sudan's capital" name a city without one literal per country.
import { readFileSync } from 'node:fs';

const rows = new Map();
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols[7] === 'PPLC' && !rows.has(cols[4])) rows.set(cols[4], cols[1]);
}
const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const out = ['code,capital,source'];
for (const code of [...rows.keys()].sort()) out.push([code, rows.get(code), 'GeoNames cities500 feature code PPLC, CC BY 4.0'].map(q).join(','));
process.stdout.write(`${out.join('\n')}\n`);
