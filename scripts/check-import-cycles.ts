// `npm run lint` step: fails on an import cycle among src/ files, type-only imports included (build/import-cycles.ts).
import { cycles, importGraph } from '../build/import-cycles';

const found = cycles(importGraph(process.cwd())).map((group) => group.join(' ↔ '));
for (const c of found) console.error(`import cycle: ${c}`);
if (found.length) process.exit(1);
console.log('import cycles: none');
