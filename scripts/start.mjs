// `npm start`: builds Kensho, serves the demo news pages under news host names, and opens Chromium with the
// extension loaded. Without a display (Linux, no $DISPLAY) it runs headless, saves screenshots to demo-output/
// and prints what Kensho found on each page.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { findChromium } from './lib/chromium.mjs';
import { launchWithExtension } from './lib/launch.mjs';
import { startPageServer } from './lib/serve.mjs';
import { collectFindings, printFindings, screenshotCard } from './lib/findings.mjs';

const DEMO_PAGES = [
  { name: 'en', url: 'https://www.reuters.com/demo/en.html' },
  { name: 'ja', url: 'https://www.nikkei.com/demo/ja.html' },
];

try {
  findChromium();
} catch (err) {
  console.error(`npm start: ${err.message}`);
  process.exit(1);
}
const headless = process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY);
console.log('Building the extension (wxt build)…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startPageServer({ '/demo/': 'demo/pages' });
const kensho = await launchWithExtension({ extensionPath: '.output/chrome-mv3', port: server.port, headless });
console.log(`Kensho ${headless ? 'running headless' : 'opened in Chromium'} (extension id ${kensho.extensionId}).`);

if (headless) {
  await mkdir('demo-output', { recursive: true });
  let failed = false;
  for (const demo of DEMO_PAGES) {
    const page = await kensho.context.newPage();
    await page.goto(demo.url);
    const findings = await collectFindings(page, kensho.worker);
    const shot = `demo-output/${demo.name}.png`;
    await page.screenshot({ path: shot, fullPage: true });
    printFindings(demo.url, findings, shot);
    const cardShot = await screenshotCard(page, `demo-output/${demo.name}-card.png`);
    if (cardShot) console.log(`  card screenshot: ${cardShot}`);
    if (findings.markers.length === 0) failed = true;
    await page.close();
  }
  await kensho.close();
  await server.close();
  if (failed) {
    console.error('Kensho annotated nothing on at least one demo page: the extension is not working.');
    process.exit(1);
  }
} else {
  for (const demo of DEMO_PAGES) await (await kensho.context.newPage()).goto(demo.url);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await kensho.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  kensho.context.on('close', stop);
  process.on('SIGINT', stop);
}
