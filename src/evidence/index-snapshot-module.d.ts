/** Generated at build time by build/index-snapshot-plugin.ts from data/*.json. */
declare module 'virtual:kensho/index-snapshot' {
  /** Parses the snapshot anew on each call (build/virtual-json-module.ts parseOnCall). */
  const snapshot: () => import('../core/index-snapshot').IndexSnapshot;
  export default snapshot;
}
