import type { IncomingMessage, ServerResponse } from 'node:http';
/**
 * The feed tests' own https server: serves a feed folder under /kensho/ and the article under /fixtures/, logs every
 * request with its headers (the privacy proof reads them), and can be stopped and started on the same port.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:https';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

export interface FeedRequest {
  host: string;
  method: string;
  path: string;
  search: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FeedServer {
  port: number;
  log: FeedRequest[];
  /** Serve feed.json and feed.json.sig from this folder (a `kensho feed build --out`). */
  serve(dir: string): void;
  /** Hold each feed.json.sig answer this long (to stop the worker mid-update). */
  delaySignature(ms: number): void;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const CERT = 'scripts/lib/test-cert';

export async function startFeedServer(pagesDir: string): Promise<FeedServer> {
  let folder = '';
  let sigDelay = 0;
  const log: FeedRequest[] = [];
  const sockets = new Set<Duplex>();
  const tls = { key: readFileSync(join(CERT, 'key.pem')), cert: readFileSync(join(CERT, 'cert.pem')) };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    log.push({
      host: url.host,
      method: req.method ?? '',
      path: url.pathname,
      search: url.search,
      headers: { ...req.headers },
    });
    const send = (type: string, body: Buffer) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (url.pathname === '/fixtures/feed-article.html')
        return send('text/html; charset=utf-8', readFileSync(join(pagesDir, 'feed-article.html')));
      if (url.pathname === '/kensho/feed.json')
        return send('application/json', readFileSync(join(folder, 'feed.json')));
      if (url.pathname === '/kensho/feed.json.sig') {
        const body = readFileSync(join(folder, 'feed.json.sig'));
        return void setTimeout(() => send('text/plain', body), sigDelay);
      }
    } catch {
      // A missing file answers 404 like any web server.
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };
  let server: Server;
  let port = 0;
  const start = async () => {
    server = createServer(tls, handler);
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
    port = (server.address() as AddressInfo).port;
  };
  const stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((ok) => server.close(() => ok()));
  };
  await start();
  return {
    port,
    log,
    serve: (dir) => void (folder = dir),
    delaySignature: (ms) => void (sigDelay = ms),
    stop,
    start,
    close: stop,
  };
}

/** Runs `kensho feed …` as a publisher would (the real binary); returns its stdout, throws with its stderr. */
export function kenshoFeed(...args: string[]): string {
  const r = spawnSync('node', ['bin/kensho.js', 'feed', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`kensho feed ${args[0]}: ${r.stderr}`);
  return r.stdout;
}
