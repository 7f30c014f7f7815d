// A plain static server for the built Storybook (storybook-static/), as a
// static host serves it: every file read once, and sent gzip-compressed to a
// browser that accepts gzip (as GitHub Pages, Netlify or nginx with `gzip on`
// do), or as is with `gzip: false`. Compressed once at start, so the server's
// own CPU time is not in a page's load.
import {readdirSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, relative} from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};
/** Types a host compresses; fonts and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg']);

function* files(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Serves `root` on 127.0.0.1; resolves to {origin, close}. */
export async function serveStorybook(root = 'storybook-static', {gzip = true} = {}) {
  const table = new Map();
  for (const path of files(root)) {
    const body = readFileSync(path);
    const type = extname(path);
    const zipped = gzip && COMPRESSIBLE.has(type) ? gzipSync(body, {level: 6}) : undefined;
    table.set(`/${relative(root, path).split('\\').join('/')}`, {body, zipped, type: TYPES[type] ?? 'application/octet-stream'});
  }
  const server = createServer((request, response) => {
    let pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = table.get(pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const zipped = file.zipped && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = zipped ? file.zipped : file.body;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      ...(zipped ? {'content-encoding': 'gzip'} : {}),
      ...(file.zipped ? {vary: 'accept-encoding'} : {}),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close()};
}
