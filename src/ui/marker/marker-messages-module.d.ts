/** Generated at build time by card-messages-plugin.ts from public/_locales. */
declare module 'virtual:kensho/marker-messages' {
  const catalogs: import('../translator').Catalogs<import('../card/card-messages').MarkerMessageKey>;
  export default catalogs;
}
