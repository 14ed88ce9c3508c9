// Writes packs/world/admin1-seats.csv from the built world index: each admin1 area's seat is the GeoNames place with
// feature code PPLA ("seat of a first-order administrative division") in that area. An area with two PPLA places in
// cities500 (a split seat, a moved one) gets none: "the provincial capital" must name one city or none.
//   node packs/world/scripts/admin1-seats-csv.mjs packs/world/index/places.tsv > packs/world/admin1-seats.csv
// Kept as data so "the provincial capital" names the seat of the province a text is about, without one literal each.
import { readFileSync } from 'node:fs';

const seats = new Map();
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols[7] !== 'PPLA' || !cols[5]) continue;
  seats.set(cols[5], seats.has(cols[5]) ? null : cols[1]);
}
const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const out = ['code,seat,source'];
for (const code of [...seats.keys()].sort()) {
  if (seats.get(code)) out.push([code, seats.get(code), 'GeoNames cities500 feature code PPLA, CC BY 4.0'].map(q).join(','));
}
process.stdout.write(`${out.join('\n')}\n`);
