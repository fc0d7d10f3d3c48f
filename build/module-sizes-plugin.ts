// Node-only (wxt.config.ts): records what each page script is made of, for the size report in `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** One script's modules and their sizes after tree-shaking, before minification (bytes), largest first. */
export interface ModuleSizes {
  file: string;
  modules: { id: string; bytes: number }[];
}

/**
 * Where the report for `file` (e.g. `content-scripts/news.js`) of a build goes: beside, never inside, the extension.
 */
export function moduleSizesPath(outDir: string, file: string): string {
  return join(dirname(outDir), 'sizes', `${outDir.split(/[\\/]/).pop()}`, `${file.replace(/[\\/]/g, '__')}.json`);
}

/**
 * Writes `.output/sizes/<target>/<script>.json` for the scripts that run in web pages (content scripts and the card
 * script): the always-on script's budget is the one that matters, and this says what spends it.
 */
export function moduleSizes(root: string, isPageScript: (file: string) => boolean): Plugin {
  let outDir = '';
  return {
    name: 'kensho:module-sizes',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !isPageScript(chunk.fileName)) continue;
        const modules = Object.entries(chunk.modules)
          .map(([id, m]) => ({
            id: relative(root, id.replace(/^\0/, '')).replace(/\\/g, '/'),
            bytes: m.renderedLength,
          }))
          .filter((m) => m.bytes > 0)
          .sort((a, b) => b.bytes - a.bytes);
        const report: ModuleSizes = { file: chunk.fileName, modules };
        const path = moduleSizesPath(outDir, chunk.fileName);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, `${JSON.stringify(report, null, 1)}\n`);
      }
    },
  };
}
