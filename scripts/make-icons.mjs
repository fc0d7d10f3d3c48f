// Renders public/icon/*.png from one SVG with the system Chromium (run by hand when the icon changes).
import { chromium } from 'playwright-core';
import { findChromium } from './lib/chromium.mjs';

const svg = (size) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1f3a5f"/>
  <path d="M30 66 L54 90 L100 38" fill="none" stroke="#ffd166" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>
  <rect x="26" y="100" width="76" height="8" rx="4" fill="#7fb3e6"/>
</svg>`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${svg(size)}</body>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
