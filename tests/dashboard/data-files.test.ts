/**
 * What the dashboard publishes from a data folder (apps/dashboard/scripts/data-files.ts): datapackage.json and the
 * files it lists, each matching its recorded sha256; nothing else, and nothing at all when one file is wrong.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFilesError, publishDataFiles } from '../../apps/dashboard/scripts/data-files.ts';
import { writeDataFolder } from './data-folder.ts';

let work: string;
let data: string;
let target: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'frontline-datafiles-'));
  data = join(work, 'data');
  target = join(work, 'static', 'data');
  writeDataFolder(data, { articles: [{ article_id: 'a1', title: 'One' }], texts: { a1: 'Text.' } });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const listedPaths = () =>
  (JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as { resources: { path: string }[] }).resources.map((r) => r.path);

function editPackage(edit: (pkg: { resources: Record<string, unknown>[] }) => void) {
  const pkg = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8'));
  edit(pkg);
  writeFileSync(join(data, 'datapackage.json'), JSON.stringify(pkg));
}

/** The refusal's message (one line), after checking that nothing was published. */
function refusal(): string {
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'previous.csv'), 'kept');
  let message = '';
  try {
    publishDataFiles(data, target);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFilesError);
    message = (error as Error).message;
  }
  expect(message, 'the build was refused').not.toBe('');
  expect(message).not.toContain('\n');
  expect(readdirSync(target)).toEqual(['previous.csv']);
  return message;
}

describe('publishDataFiles', () => {
  it('publishes datapackage.json and the listed files byte for byte, and nothing else', () => {
    writeFileSync(join(data, 'secrets.json'), '{"token":"s3cret"}');
    writeFileSync(join(data, 'notes.csv'), 'a,b\n');
    const published = publishDataFiles(data, target);
    expect(published).toEqual(['datapackage.json', ...listedPaths()].sort());
    expect(readdirSync(target).sort()).toEqual(published);
    for (const name of published) expect(readFileSync(join(target, name)).equals(readFileSync(join(data, name))), name).toBe(true);
    expect(existsSync(join(target, 'secrets.json'))).toBe(false);
    expect(existsSync(join(target, 'stages'))).toBe(false);
  });

  it('refuses a file that does not match its sha256, naming it', () => {
    appendFileSync(join(data, 'articles.csv'), 'a2,Injected,,,,,,,,,,,,\n');
    expect(refusal()).toMatch(/^dashboard: articles\.csv does not match the sha256 in datapackage\.json \(recorded [0-9a-f]{64}, file has [0-9a-f]{64}\)/);
  });

  it('refuses a listed file that is missing, or has no sha256', () => {
    rmSync(join(data, 'facts.arrow'));
    expect(refusal()).toContain('facts.arrow is listed in datapackage.json but missing');
    writeDataFolder(data, { articles: [], texts: {} });
    editPackage((pkg) => delete pkg.resources[0].hash);
    expect(refusal()).toContain(`${listedPaths()[0]} has no sha256 hash`);
  });

  it.each([
    ['../outside.csv', 'path has an empty, `.` or `..` part'],
    ['sub/../../outside.csv', 'path has an empty, `.` or `..` part'],
    ['/etc/passwd.csv', 'path is absolute or a URL'],
    ['https://evil.example/x.csv', 'path is absolute or a URL'],
    ['C:/x.csv', 'path is absolute or a URL'],
    ['sub\\..\\x.csv', 'backslash'],
    ['./articles.csv', 'path has an empty, `.` or `..` part'],
    ['page.html', 'not a data file name'],
    ['index.html', 'not a data file name'],
    ['__data.json', 'not a data file name'],
    ['', 'path is not a file name'],
  ])('refuses the resource path %j', (path, reason) => {
    editPackage((pkg) => (pkg.resources[0].path = path));
    expect(refusal()).toContain(reason);
  });

  it('refuses a listed file that is a symbolic link, even with the right hash', () => {
    const outside = join(work, 'secret.csv');
    writeFileSync(outside, readFileSync(join(data, 'facts.csv')));
    rmSync(join(data, 'facts.csv'));
    symlinkSync(outside, join(data, 'facts.csv'));
    expect(refusal()).toContain('facts.csv is not a regular file inside the data folder');
  });

  it('refuses a datapackage.json that is not JSON or lists no resources', () => {
    writeFileSync(join(data, 'datapackage.json'), '{"resources": ');
    expect(refusal()).toContain('datapackage.json is not valid JSON');
    writeFileSync(join(data, 'datapackage.json'), '{}');
    expect(refusal()).toContain('datapackage.json has no resources list');
  });
});
