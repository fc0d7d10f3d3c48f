// ESLint flat config. Its main job is to hold the house layout (README "Code layout") in code: which src/ layer may
// import which, where Node built-ins may be used, no import cycles, and every suppression saying why.
// Style (line width, quotes, wrapping) is Prettier's job (.prettierrc.json), so no formatting rules live here.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Each runtime layer and the layers it must never import (README "Code layout" says why). */
const FORBIDDEN = {
  // The engine is pure and DOM-free: it knows nothing of pages, UI, the worker, storage or messages.
  core: ['page', 'ui', 'background', 'storage', 'messaging', 'cli', 'sites'],
  // The content script's DOM side; it mounts ui widgets (card, markers) but never reaches into the worker.
  page: ['background', 'cli'],
  // Preact pages and page widgets: they talk to the worker by message, never by importing it, and use no page code.
  ui: ['background', 'page', 'cli'],
  // The service worker has no DOM and no UI.
  background: ['ui', 'page', 'cli'],
  // The protocol and its validation sit below everything that sends or handles messages.
  messaging: ['page', 'ui', 'background', 'storage', 'cli'],
  // Stored values: typed and migrated, below the engine and every user of settings.
  storage: ['core', 'page', 'ui', 'background', 'messaging', 'cli'],
  // The evidence base's schema and loading.
  evidence: ['page', 'ui', 'background', 'storage', 'messaging', 'cli'],
  // The news-site list and grants: a leaf.
  sites: ['core', 'page', 'ui', 'background', 'storage', 'messaging', 'evidence', 'cli'],
  // Words every layer shares (stances, strictness levels): imports nothing of Kensho's.
  shared: ['core', 'page', 'ui', 'background', 'storage', 'messaging', 'evidence', 'cli', 'sites'],
};

// import-x/no-cycle follows value imports only; scripts/check-import-cycles.ts (also in `npm run lint`) counts
// type-only imports too. Core had two type-closed cycles (claim-index → score → claim-index, numbers ↔ number-words);
// the engine rebuild untied them (key weights live in claim-index, the figure unit types in number-words).

const layerZones = Object.entries(FORBIDDEN).map(([layer, from]) => ({
  target: `./src/${layer}`,
  from: from.map((f) => `./src/${f}`),
  message: `src/${layer} must not import this layer (README "Code layout"; eslint.config.js says why).`,
}));

export default defineConfig(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**', 'docs/**'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  comments.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // import-x/typescript's settings (parsers, extensions), with the TypeScript resolver for tsconfig's paths.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Every suppression says why: `// eslint-disable-next-line rule -- reason`.
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Prettier wraps code at 120 columns (CI runs format:check) but not comments; this holds comments to the same.
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: "Import `browser` from 'wxt/browser' (house rule)." },
            { name: 'wxt/browser/chrome', message: "Import `browser` from 'wxt/browser' (house rule)." },
          ],
        },
      ],
    },
  },
  {
    // An ambient module declaration can only name its types with import().
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }] },
  },
  {
    // Tests and scripts hand functions to page.evaluate / worker.evaluate, which run inside the extension.
    files: ['tests/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
  },
  {
    // Runtime code runs in a browser: Node's modules exist only for the CLI and build code (build/, configs, scripts).
    files: ['src/**', 'entrypoints/**'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
);
