/**
 * The size report of `npm run bench`: the scripts Kensho puts in web pages, read from the last `npx wxt build`
 * (.output/chrome-mv3), and what the always-on content script is made of (build/module-sizes-plugin.ts).
 */
import { bundledProbeData } from '../build/probe-plugin';
import { compileProbe } from '../src/core/probe';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { moduleSizesPath, type ModuleSizes } from '../build/module-sizes-plugin';

const OUT = join('.output', 'chrome-mv3');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A module's group in the breakdown: an npm package, a build-time data module, or a folder of src/. */
export function moduleGroup(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
  if (pkg) return pkg[1]!;
  if (id.startsWith('virtual:kensho/')) return id.replace(/\?.*$/, '');
  if (id.startsWith('virtual:') || id.startsWith('rolldown')) return '(build runtime)';
  const src = /^(src\/[^/]+|entrypoints)\//.exec(id);
  return src ? `${src[1]}/` : id;
}

export interface ScriptSizes {
  contentScriptGzipKB: number | null;
  contentScriptKB?: number;
  cardScriptGzipKB?: number | null;
  /** The engine with the bundled claims and their index (engine.js), injected once the probe fires in a frame. */
  engineScriptGzipKB?: number | null;
  /** The probe's tables in the always-on script (as JSON, gzip -9; made from data/, no build needed). */
  probeGzipKB?: number;
  /** The content script's groups, largest first: kB of code after tree-shaking and before minification. */
  contentScriptModules?: { group: string; kB: number }[];
  note?: string;
}

/** Reads the built scripts' sizes; null figures (with a note) when there is no build. */
export function scriptSizes(): ScriptSizes {
  const dir = join(OUT, 'content-scripts');
  if (!existsSync(dir)) return { contentScriptGzipKB: null, note: `no ${dir}: run \`npx wxt build\` first` };
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  if (!files.length) return { contentScriptGzipKB: null, note: `no content-script bundle in ${dir}` };
  const out: ScriptSizes = {
    contentScriptGzipKB: kb(files.reduce((sum, f) => sum + gzip(join(dir, f)), 0)),
    contentScriptKB: kb(files.reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0)),
    cardScriptGzipKB: existsSync(join(OUT, 'card.js')) ? kb(gzip(join(OUT, 'card.js'))) : null,
    engineScriptGzipKB: existsSync(join(OUT, 'engine.js')) ? kb(gzip(join(OUT, 'engine.js'))) : null,
    probeGzipKB: kb(
      gzipSync(JSON.stringify(compileProbe(bundledProbeData(new URL('../data/', import.meta.url)))), { level: 9 })
        .length,
    ),
  };
  const groups = new Map<string, number>();
  for (const f of files) {
    const report = moduleSizesPath(OUT, `content-scripts/${f}`);
    if (!existsSync(report)) continue;
    for (const m of (JSON.parse(readFileSync(report, 'utf8')) as ModuleSizes).modules) {
      groups.set(moduleGroup(m.id), (groups.get(moduleGroup(m.id)) ?? 0) + m.bytes);
    }
  }
  if (groups.size)
    out.contentScriptModules = [...groups]
      .sort((a, b) => b[1] - a[1])
      .map(([group, bytes]) => ({ group, kB: kb(bytes) }));
  return out;
}
