import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Options of the test server. */
export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Replaces the bytes served for a path, to test a broken or missing bundle. */
  overrides?: Map<string, { status: number; body: string }>;
}

/** A small static file server on 127.0.0.1 for the end-to-end tests; resolves with its base URL. */
export async function startStaticServer(options: StaticServerOptions): Promise<{ url: string; server: Server }> {
  const root = resolve(options.root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const override = options.overrides?.get(path);
    if (override) {
      res.writeHead(override.status, { 'content-type': 'application/json', ...options.headers });
      res.end(override.body);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // A precompressed sibling is sent as nginx's gzip_static would, to a browser that accepts it.
      const gzipped =
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && (await stat(`${file}.gz`).catch(() => undefined))?.isFile();
      const body = await readFile(gzipped ? `${file}.gz` : file);
      res.writeHead(200, {
        'content-type': type,
        ...(gzipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...options.headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', ...options.headers }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}
