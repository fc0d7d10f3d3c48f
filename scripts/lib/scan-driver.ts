// Bundled and run under callgrind by scripts/scan-instructions.ts: `node scan-driver.mjs <en|ja> <K>` builds the
// matcher, scans the bench page 15 times so the JIT settles, then K times between two forced full collections (so
// the garbage of the K scans is counted whole, not in whichever scan a collection happens to fall).
import { generatePage } from '../../bench/corpus';
import { createMatcher } from '../../src/core/engine';
import { loadBundledEvidence } from '../../src/evidence/bundled';

const lang = process.argv[2] === 'ja' ? 'ja' : 'en';
const scans = Number(process.argv[3] ?? 0);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('scan-driver: run node with --expose-gc');
// The pages bench/run.ts times: seed 1 in English, seed 2 in Japanese.
const page = generatePage(lang, 100_000, lang === 'en' ? 1 : 2);
const matcher = createMatcher(loadBundledEvidence());
for (let i = 0; i < 15; i++) for (const b of page) matcher.scanBlock(b, lang);
gc();
let matched = 0;
for (let i = 0; i < scans; i++) for (const b of page) matched += matcher.scanBlock(b, lang).length;
gc();
process.stdout.write(`${matched}\n`);
