import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type StaticServer } from '../../apps/dashboard/scripts/static-server.ts';

// npm start serves the built site with this server: the article pages and detail files the data step writes into
// the site must be reachable there, as they are where a user deploys the folder.
describe('the static server npm start uses', () => {
  let site: string;
  let server: StaticServer;
  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'frontline-serve-'));
    mkdirSync(join(site, 'articles', 'sitrep-khartoum-2023'), { recursive: true });
    mkdirSync(join(site, 'detail'));
    writeFileSync(join(site, 'index.html'), '<h1>overview</h1>');
    writeFileSync(join(site, 'articles', 'sitrep-khartoum-2023', 'index.html'), '<h1>an article</h1>');
    writeFileSync(join(site, 'detail', 'sitrep-khartoum-2023.json'), '{"sentences":[]}');
    server = await serveDir(site);
  });
  afterAll(async () => {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${server.url}${path}`);

  it('serves a folder by its index.html, an article page and a detail file, each with its type', async () => {
    const page = await get('/articles/sitrep-khartoum-2023/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toBe('<h1>an article</h1>');
    const detail = await get('/detail/sitrep-khartoum-2023.json');
    expect(detail.headers.get('content-type')).toBe('application/json');
    expect(await detail.json()).toEqual({ sentences: [] });
    expect((await get('/')).status).toBe(200);
  });

  it('answers 404 for what is not there and never serves outside the site', async () => {
    expect((await get('/articles/no-such-article/')).status).toBe(404);
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });

  it('refuses to start on a folder with no built site, saying so', () => {
    const empty = mkdtempSync(join(tmpdir(), 'frontline-serve-empty-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', resolve('apps/dashboard/scripts/static-server.ts'), empty, '0'], { encoding: 'utf8' });
    rmSync(empty, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no built site');
  });
});
