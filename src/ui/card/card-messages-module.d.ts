/** Generated at build time by build/card-messages-plugin.ts from public/_locales. */
declare module 'virtual:kensho/card-messages' {
  const catalogs: import('../translator').Catalogs<import('./card-messages').CardMessageKey>;
  export default catalogs;
}
