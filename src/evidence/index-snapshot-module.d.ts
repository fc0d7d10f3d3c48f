/** Generated at build time by build/index-snapshot-plugin.ts from data/*.json. */
declare module 'virtual:kensho/index-snapshot' {
  /** An object literal of strings (build/virtual-json-module.ts literal), read in place by the restored index. */
  const snapshot: import('../core/index-snapshot').IndexSnapshot;
  export default snapshot;
}
