// Runs the end-to-end tests: checks for Chromium (fails loudly, never skips), builds the extension, runs vitest's e2e
// project.
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/chromium.mjs';
import { findFirefox } from './lib/firefox.mjs';

try {
  console.log(`e2e: using Chromium at ${findChromium()}`);
} catch (err) {
  console.error(`e2e: ${err.message}`);
  process.exit(1);
}
try {
  console.log(`e2e: using Firefox at ${findFirefox()}`);
} catch (err) {
  // The Chromium tests still run; the Firefox smoke test fails with this message.
  console.error(`e2e: ${err.message}`);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
// CI builds once before the tests; everyone else gets a fresh build so e2e never tests stale code.
if (!process.argv.includes('--no-build') && !process.env.KENSHO_E2E_PREBUILT) {
  run('npx', ['wxt', 'build']);
  run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
}
run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2).filter((a) => a !== '--no-build')]);
