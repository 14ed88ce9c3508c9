import { it } from 'vitest';
import { extract, brief } from './helpers.ts';
import { readFileSync } from 'node:fs';
const texts = readFileSync('/tmp/cas/probe.txt', 'utf8').split('\n===\n');
it('probe', () => {
  for (const t of texts) {
    console.log('\n### ' + t.trim());
    for (const f of extract(t.trim())) { const b = brief(f); console.log(JSON.stringify({c: b.category, g: b.group, v: b.value, vg: b.vague, u: b.unit, pl: b.places, t: b.time, cum: b.cumulative, rep: b.reporters, cert: (f as any).certainty, phr: b.phrase, act: b.actor})); }
  }
});
