// Launches headless Firefox (WebDriver BiDi, puppeteer-core) with the built add-on installed as a temporary add-on.
// Every connection Firefox makes goes through a local logging proxy that tunnels only the mapped news host names
// to the page server and refuses the rest, so a request to any other host is seen (and never leaves the machine).
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer from 'puppeteer-core';
import { findBrowser } from './find-browser.mjs';
import { MAPPED_HOSTS } from './launch.mjs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox binary to drive: $FIREFOX_PATH, else a system install. Throws with install instructions when none. */
export function findFirefox() {
  return findBrowser({
    envVar: 'FIREFOX_PATH',
    candidates: CANDIDATES,
    missing:
      'No Firefox found. Install it (Debian/Ubuntu: `sudo apt-get install -y firefox-esr firefox-esr-l10n-ja`) ' +
      'or set FIREFOX_PATH to a Firefox 140+ binary. Kensho never downloads a browser.',
  });
}

/**
 * A CONNECT proxy on 127.0.0.1: tunnels `host:443` for the mapped hosts to the page server at `port`, refuses
 * everything else; `hosts` ({ host: port }) tunnels more host names to other local servers. `log` gets every host
 * Firefox tried to reach, tunnelled or not.
 */
async function startProxy(port, hosts = {}) {
  const log = [];
  const server = createServer((req, res) => {
    // A plain-http request through the proxy (absolute URL): logged, never fetched.
    log.push({ host: new URL(req.url ?? '/', 'http://unknown').host, allowed: false });
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    const [host, targetPort] = (req.url ?? '').split(':');
    const allowed = (MAPPED_HOSTS.includes(host) || Object.hasOwn(hosts, host)) && targetPort === '443';
    log.push({ host, allowed });
    if (!allowed) return socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = connect(Object.hasOwn(hosts, host) ? hosts[host] : port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: server.address().port,
    log,
    close: () => new Promise((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
}

/** Firefox prefs: proxy everything, a fixed moz-extension UUID, the UI locale, console output on stdout, no chatter. */
function prefs({ proxyPort, addonId, uuid, locale }) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    // Remote settings (blocklists etc.) honour this only with MOZ_DISABLE_NONLOCAL_CONNECTIONS (set at launch).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    'intl.locale.requested': locale,
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
  };
}

/**
 * Starts Firefox with the add-on at `extensionPath` (gecko id `addonId`) and the page server on `port`.
 * Returns the browser, the add-on's moz-extension base URL, the proxy log and Firefox's console output.
 */
export async function launchFirefoxWithExtension({ extensionPath, port, addonId, locale = 'en-US', hosts = {} }) {
  const proxy = await startProxy(port, hosts);
  const uuid = randomUUID();
  const output = [];
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      acceptInsecureCerts: true,
      // Lets WebDriver BiDi navigate a tab to moz-extension:// pages (the popup and options page); test-only.
      args: ['--remote-allow-system-access'],
      // Firefox's own switch for test runs: no direct connection to anything but this machine (the proxy included).
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: prefs({ proxyPort: proxy.port, addonId, uuid, locale }),
    });
    const proc = browser.process();
    for (const input of [proc?.stdout, proc?.stderr])
      if (input) createInterface({ input }).on('line', (line) => output.push(line));
    const installedId = await browser.installExtension(resolve(extensionPath));
    return {
      browser,
      installedId,
      baseUrl: `moz-extension://${uuid}/`,
      connections: proxy.log,
      output,
      async close() {
        await browser.close();
        await proxy.close();
      },
    };
  } catch (err) {
    await browser?.close().catch(() => {});
    await proxy.close();
    throw err;
  }
}
