// Node-only (wxt.config.ts and vitest.config.ts): the shape shared by Kensho's build-time data modules.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * A virtual module `id` whose default export is `value()`, rebuilt when any of `files` changes. Emitted as
 * JSON.parse('<string>') rather than an object literal: V8 scans a string far faster than it parses a literal of
 * thousands of values, which matters for the script that runs on every news page (see wxt.config.ts). With
 * `literal`, emitted as an object literal instead: for data that is a few dozen strings (the index snapshot), V8
 * makes them while compiling the script, where JSON.parse would scan the whole text a second time.
 */
export function virtualJsonModule(opts: {
  name: string;
  id: string;
  files: () => URL[];
  value: () => unknown;
  literal?: boolean;
}): Plugin {
  const resolved = `\0${opts.id}`;
  return {
    name: opts.name,
    resolveId: (id) => (id === opts.id ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      for (const file of opts.files()) this.addWatchFile(fileURLToPath(file));
      const text = JSON.stringify(opts.value());
      // Pure: a script that imports the module but never reads it (the always-on content script, since the engine
      // came on demand) leaves the data out. JSON is a JavaScript literal (ES2019 allows U+2028 and U+2029 in strings).
      const value = opts.literal ? text : `/* @__PURE__ */ JSON.parse(${JSON.stringify(text)})`;
      return { code: `export default ${value};`, moduleType: 'js' };
    },
  };
}
