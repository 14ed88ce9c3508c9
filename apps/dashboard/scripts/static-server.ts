/**
 * The built site served as the static files it is (adapter-static's `build/`), the way a user deploys it. `npm start`
 * and the browser tests use this one server. SvelteKit's `vite preview` serves its own output folder instead, which
 * lacks the article pages and detail files the data step writes into the built site (static-pages.ts).
 * Plain Node (no workspace packages), so the start script runs it without the test harness's browser library.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** A static file server on 127.0.0.1 (a free port unless one is given); folders serve their index.html. */
export function serveDir(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      ok({ url: `http://127.0.0.1:${bound}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** `node --import tsx scripts/static-server.ts DIR PORT`: serves the built site until stopped. */
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [dir = 'build', port = '4173'] = process.argv.slice(2);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`dashboard: no built site in ${resolve(dir)} (index.html missing); build it first`);
    process.exit(1);
  }
  serveDir(dir, Number(port)).then(
    (server) => console.log(`  serving ${resolve(dir)} at ${server.url}/`),
    (error: Error) => {
      console.error(`dashboard: cannot serve on port ${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
