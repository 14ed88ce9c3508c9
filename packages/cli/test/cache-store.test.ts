import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolderState, cacheKey, RunCache, StageCache } from '../src/cache/store.ts';
import { stageVersion } from '../src/cache/version.ts';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-cache-${name}-`));

/** A run over `values` (key -> value): every key looked up, computed when missing; the values it got and its counts. */
function pass(dirs: { read: string; write: string }, values: Record<string, unknown>) {
  const cache = new StageCache('extract', dirs, cacheFolderState(dirs.read) === 'ours');
  let computed = 0;
  const got = Object.entries(values).map(([key, value]) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    computed += 1;
    cache.put(key, value);
    return value;
  });
  cache.finish();
  return { got, computed, counts: cache.counts };
}

describe('the article cache store', () => {
  const values = { k1: { facts: [1, 2] }, k2: { facts: [] }, k3: { text: 'tab\there, newline\nthere' } };

  it('gives back what was computed, and computes only what is new', () => {
    const a = fresh('a');
    const first = pass({ read: join(a, 'none'), write: a }, values);
    expect(first.computed).toBe(3);
    const b = fresh('b');
    const second = pass({ read: a, write: b }, values);
    expect(second).toEqual({ got: Object.values(values), computed: 0, counts: { hits: 3, misses: 0, dropped: 0 } });
    // unchanged: the file is linked, not rewritten
    expect(statSync(join(b, 'extract.cache')).ino).toBe(statSync(join(a, 'extract.cache')).ino);
    const c = fresh('c');
    const third = pass({ read: b, write: c }, { k1: values.k1, k4: 'new' });
    expect(third.counts).toEqual({ hits: 1, misses: 1, dropped: 0 });
    // only what the run used is kept: k2 and k3 are gone
    expect(readFileSync(join(c, 'extract.cache'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['k1', 'k4']);
  });

  it('keeps the file read and appends the new entries when a run used all of it (articles added), wherever the new ones sort', () => {
    const a = fresh('grow-a');
    pass({ read: join(a, 'none'), write: a }, values);
    const before = readFileSync(join(a, 'extract.cache'), 'utf8');
    const b = fresh('grow-b');
    const grown = { k0: 'first', ...values, k5: [5] };
    expect(pass({ read: a, write: b }, grown).counts).toEqual({ hits: 3, misses: 2, dropped: 0 });
    const after = readFileSync(join(b, 'extract.cache'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['k0', 'k5']);
    // every entry is found by its key, in whatever order; an unchanged run links the file, a shared folder grows too
    const c = fresh('grow-c');
    expect(pass({ read: b, write: c }, grown)).toEqual({ got: Object.values(grown), computed: 0, counts: { hits: 5, misses: 0, dropped: 0 } });
    expect(statSync(join(c, 'extract.cache')).ino).toBe(statSync(join(b, 'extract.cache')).ino);
    expect(pass({ read: c, write: c }, { ...grown, k6: 6 }).counts).toEqual({ hits: 5, misses: 1, dropped: 0 });
    expect(readFileSync(join(c, 'extract.cache'), 'utf8')).toMatch(new RegExp(`^${after.replace(/[[\]{}()*+?.\\^$|]/g, '\\$&')}k6\t`));
    // an entry not used (an article removed or changed) has the file written anew, in the run's order
    const d = fresh('grow-d');
    pass({ read: c, write: d }, { k5: [5], k1: values.k1 });
    expect(readFileSync(join(d, 'extract.cache'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['k5', 'k1']);
  });

  it('drops a hand-edited entry and a truncated one, and computes them again', () => {
    const a = fresh('edit');
    pass({ read: join(a, 'none'), write: a }, values);
    const file = join(a, 'extract.cache');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[0] = lines[0]!.replace('[1,2]', '[1,3]');
    writeFileSync(file, lines.join('\n').slice(0, -20)); // and the last line cut short
    const again = pass({ read: a, write: fresh('edit-out') }, values);
    expect(again.got).toEqual(Object.values(values));
    expect(again.counts).toEqual({ hits: 1, misses: 2, dropped: 2 });
  });

  it('takes a sealed file as written, and checks every entry of a file changed or copied since', () => {
    const a = fresh('seal');
    pass({ read: join(a, 'none'), write: a }, values);
    const file = join(a, 'extract.cache');
    expect(existsSync(`${file}.seal`)).toBe(true);
    const lines = readFileSync(file, 'utf8').split('\n');
    // an edit that keeps the file's size: the seal no longer holds, so the entry's own check catches it
    lines[0] = lines[0]!.replace('[1,2]', '[1,3]');
    writeFileSync(file, lines.join('\n'));
    expect(pass({ read: a, write: fresh('seal-out') }, values).counts).toEqual({ hits: 2, misses: 1, dropped: 1 });
    // a copy of a good file (new inode): checked, all good, and sealed again where it is written
    const b = fresh('seal-b');
    pass({ read: join(b, 'none'), write: b }, values);
    const c = fresh('seal-c');
    cpSync(b, c, { recursive: true, preserveTimestamps: true });
    const d = fresh('seal-d');
    expect(pass({ read: c, write: d }, values).counts).toEqual({ hits: 3, misses: 0, dropped: 0 });
    expect(readFileSync(join(d, 'extract.cache.seal'), 'utf8')).not.toBe(readFileSync(join(b, 'extract.cache.seal'), 'utf8'));
  });

  it("gives an entry as the JSON text put wrote, checked as get checks it, and counts it used", () => {
    const a = fresh('text');
    pass({ read: join(a, 'none'), write: a }, values);
    const file = join(a, 'extract.cache');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[1,2]', '[1,3]')); // the seal no longer holds
    const cache = new StageCache('extract', { read: a, write: fresh('text-out') }, true);
    expect(cache.getText('k1')).toBeUndefined(); // edited: its check fails
    expect(cache.getText('k3')).toBe(JSON.stringify(values.k3));
    expect(cache.getText('k9')).toBeUndefined();
    expect(cache.counts).toEqual({ hits: 1, misses: 0, dropped: 1 });
    cache.finish();
  });

  it('reads nothing from a folder that is not its own or of another format version', () => {
    const foreign = fresh('foreign');
    writeFileSync(join(foreign, 'notes.txt'), 'another program');
    expect(cacheFolderState(foreign)).toBe('foreign');
    const ours = fresh('ours');
    pass({ read: join(ours, 'none'), write: ours }, values);
    expect(cacheFolderState(ours)).toBe('ours');
    writeFileSync(join(ours, 'cache.json'), '{"format":"frontline-article-cache","version":0}\n');
    expect(cacheFolderState(ours)).toBe('outdated');
    expect(new RunCache({ read: ours, write: fresh('w') }).distrust).toBe('an older cache format');
    expect(pass({ read: ours, write: fresh('w2') }, values).computed).toBe(3); // a StageCache told not to trust it
    // a --cache folder of an older format is emptied of its entries, then rebuilt; a dead writer's temporary file goes
    writeFileSync(join(ours, '.extract.cache.999999999.tmp'), 'half written');
    new RunCache({ read: ours, write: ours });
    expect(cacheFolderState(ours)).toBe('empty');
  });

  it('keys by every input, so that no two lists of inputs share a key', () => {
    expect(cacheKey('v', ['ab', 'c'])).not.toBe(cacheKey('v', ['a', 'bc']));
    expect(cacheKey('v', ['a'])).not.toBe(cacheKey('w', ['a']));
    expect(cacheKey('v', ['a'])).toBe(cacheKey('v', ['a']));
  });
});

describe("a stage's version", () => {
  /** A small repository: two packages, one depending on the other, a lockfile and a packs folder. */
  function repository() {
    const root = fresh('repo');
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('pnpm-lock.yaml', 'lock: 1\n');
    write('packages/extract/package.json', JSON.stringify({ dependencies: { '@frontline/schema': 'workspace:*', chrono: '^1' } }));
    write('packages/extract/src/index.ts', 'export const x = 1;\n');
    write('packages/extract/data/lexicon.csv', 'word,source\nfled,x\n');
    write('packages/extract/test/x.test.ts', 'test\n');
    write('packages/extract/README.md', 'notes\n');
    write('packages/schema/package.json', '{}');
    write('packages/schema/data/actors.csv', 'name,source\nSDF,x\n');
    write('packages/ingest/package.json', '{}');
    write('packs/syria/places.csv', 'id,name\n1,Afrin\n');
    return { root, packs: join(root, 'packs'), write };
  }

  it('changes with a lexicon, a registry of a package it depends on, the lockfile or a pack, and with nothing else', () => {
    const repo = repository();
    const v = () => stageVersion('extract', repo);
    const first = v();
    repo.write('packages/extract/test/x.test.ts', 'another test\n');
    repo.write('packages/extract/README.md', 'other notes\n');
    repo.write('packages/extract/src/index.ts', 'export const x = 1;\n'); // rewritten, same bytes
    expect(v()).toBe(first);
    const changes: [string, string][] = [
      ['packages/extract/data/lexicon.csv', 'word,source\nfled,x\nescaped,y\n'],
      ['packages/schema/data/actors.csv', 'name,source\nSDF,x\nYPG,y\n'],
      ['pnpm-lock.yaml', 'lock: 2\n'],
      ['packs/syria/places.csv', 'id,name\n1,Afrin\n2,Azaz\n'],
      ['packages/extract/src/new.ts', 'export {};\n'],
    ];
    const seen = new Set([first]);
    for (const [path, text] of changes) {
      repo.write(path, text);
      const now = v();
      expect(seen.has(now), path).toBe(false);
      seen.add(now);
    }
  });

  it('of ingest does not depend on the packs, which ingest does not read', () => {
    const repo = repository();
    const before = stageVersion('ingest', repo);
    repo.write('packs/syria/places.csv', 'id,name\n1,Afrin\n2,Azaz\n');
    expect(stageVersion('ingest', repo)).toBe(before);
  });
});
