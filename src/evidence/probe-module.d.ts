/** Generated at build time by build/probe-plugin.ts from data/*.json. */
declare module 'virtual:kensho/probe' {
  const probe: import('../core/probe').ProbeTables;
  export default probe;
}
