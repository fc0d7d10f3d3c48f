// A small https server for the demo and fixture pages: serves files by path whatever the Host header,
// so Chromium can map real news host names to it with --host-resolver-rules. Logs every request it answers.
import { createServer } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server. `mounts` maps a URL prefix ('/demo/') to a folder. A file may have a sidecar
 * `<name>.headers.json` with extra response headers (used for the strict-CSP fixture).
 */
export async function startPageServer(mounts, { port = 0 } = {}) {
  const log = [];
  const [key, cert] = await Promise.all([
    readFile(join(here, 'test-cert/key.pem')),
    readFile(join(here, 'test-cert/cert.pem')),
  ]);
  const server = createServer({ key, cert }, async (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    log.push({ host: url.host, path: url.pathname, method: req.method });
    const file = resolveFile(mounts, decodeURIComponent(url.pathname));
    if (!file) return send(res, 404, 'not found');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(res, 404, 'not found');
      const extra = await readFile(`${file}.headers.json`, 'utf8').then(JSON.parse, () => ({}));
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
      });
      res.end(await readFile(file));
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    port: server.address().port,
    log,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

function resolveFile(mounts, pathname) {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const root = resolve(dir);
    const file = normalize(join(root, pathname.slice(prefix.length) || 'index.html'));
    // Never serve outside the mounted folder.
    return file === root || file.startsWith(root + sep) ? file : null;
  }
  return null;
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
