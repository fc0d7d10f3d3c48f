/** Generated at build time by build/index-snapshot-plugin.ts from data/*.json. */
declare module 'virtual:kensho/index-snapshot' {
  const snapshot: import('../core/index-snapshot').IndexSnapshot;
  export default snapshot;
}
