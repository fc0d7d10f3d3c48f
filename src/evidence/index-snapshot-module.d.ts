/** Generated at build time by index-snapshot-plugin.ts from data/*.json. */
declare module 'virtual:kensho/index-snapshot' {
  const snapshot: import('../core/index-snapshot').IndexSnapshot;
  export default snapshot;
}
