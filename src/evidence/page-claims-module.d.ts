/** Generated at build time by build/page-claims-plugin.ts from data/*.json. */
declare module 'virtual:kensho/page-claims' {
  const claims: import('./page-claims').PageClaim[];
  export default claims;
}
