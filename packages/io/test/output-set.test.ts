import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beginSet, commitSet, isLock, lockPathOf, recoverOutputSet, tryLock, type OutputLock } from '../src/index.ts';

const parent = () => mkdtempSync(join(tmpdir(), 'io-set-'));
const DEAD = 2 ** 22 + 7; // above Linux's largest pid: no such process
const write = (dir: string, files: Record<string, string>) => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
};
const read = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]));

describe('lock on an output folder', () => {
  it('is held by one run at a time; the second learns who holds it', () => {
    const out = join(parent(), 'data');
    const first = tryLock(out);
    expect(isLock(first)).toBe(true);
    const second = tryLock(out);
    expect(second).toMatchObject({ pid: process.pid, host: hostname() });
    (first as OutputLock).release();
    expect(existsSync(lockPathOf(out))).toBe(false);
  });

  it('takes over a lock whose process is dead', () => {
    const out = join(parent(), 'data');
    writeFileSync(lockPathOf(out), JSON.stringify({ pid: DEAD, started: '2026-01-01T00:00:00.000Z', host: hostname() }));
    const lock = tryLock(out);
    expect(isLock(lock)).toBe(true);
    expect(JSON.parse(readFileSync(lockPathOf(out), 'utf8')).pid).toBe(process.pid);
  });

  it('an unreadable lock is not a run’s (locks are created whole) and is taken over', () => {
    const out = join(parent(), 'data');
    writeFileSync(lockPathOf(out), '');
    expect(isLock(tryLock(out))).toBe(true);
  });

  it('release leaves alone a lock that another run has taken meanwhile', () => {
    const out = join(parent(), 'data');
    const lock = tryLock(out) as OutputLock;
    writeFileSync(lockPathOf(out), JSON.stringify({ pid: 1, started: 'later', host: hostname() }));
    lock.release();
    expect(existsSync(lockPathOf(out))).toBe(true);
  });
});

describe('switching a set in', () => {
  it('keeps the listed files by link, switches the staging folder in whole and removes the old set', () => {
    const root = parent();
    const out = join(root, 'data');
    write(out, { 'a.csv': 'old a', 'stages/keep.jsonl': 'kept' });
    const staging = beginSet(out, ['stages/keep.jsonl', 'stages/absent.jsonl']);
    write(staging, { 'b.csv': 'new b' });
    expect(read(out)).toEqual({ 'a.csv': 'old a', 'stages/keep.jsonl': 'kept' }); // readers still see the old set
    commitSet(out, staging);
    expect(read(out)).toEqual({ 'b.csv': 'new b', 'stages/keep.jsonl': 'kept' });
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('a crash between the two renames: the next run finishes the switch', () => {
    const root = parent();
    const out = join(root, 'data');
    write(join(root, `.data.old-${DEAD}`), { 'a.csv': 'old' });
    write(join(root, `.data.staging-${DEAD}`), { 'a.csv': 'new' });
    expect(recoverOutputSet(out)).toEqual([`finished the switch of an interrupted run into ${out}`, `removed .data.old-${DEAD}, left by a run that stopped`]);
    expect(read(out)).toEqual({ 'a.csv': 'new' });
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('a crash before or after the switch: the staging or old folder goes, temporaries of dead writers too', () => {
    const root = parent();
    const out = join(root, 'data');
    write(out, { 'a.csv': 'current', [`.a.csv.${DEAD}.tmp`]: 'half', [`stages/.x.jsonl.${DEAD}.tmp`]: 'half', [`.b.csv.${process.pid}.tmp`]: 'mine' });
    write(join(root, `.data.staging-${DEAD}`), { 'a.csv': 'unfinished' });
    write(join(root, `.data.old-${DEAD + 1}`), { 'a.csv': 'previous' });
    write(root, { [`.data.lock.${DEAD}.stale`]: '{}', [`.data.lock.${DEAD + 2}.new`]: '{}' });
    recoverOutputSet(out);
    expect(read(out)).toEqual({ 'a.csv': 'current', [`.b.csv.${process.pid}.tmp`]: 'mine' });
    expect(readdirSync(root)).toEqual(['data']);
  });
});
