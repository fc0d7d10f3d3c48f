/**
 * Stylesheets Kensho adds: constructable sheets adopted by the document or a shadow root. A page's CSP
 * `style-src` does not apply to them, unlike `<style>` elements or style attributes.
 */

/** Creates a constructable sheet for `doc` (a sheet can only be adopted by the document that made it). */
export function makeSheet(doc: Document, css: string): CSSStyleSheet | null {
  const Ctor = doc.defaultView?.CSSStyleSheet;
  if (!Ctor || !('replaceSync' in Ctor.prototype)) return null;
  const sheet = new Ctor();
  sheet.replaceSync(css);
  return sheet;
}

type Adopter = { adoptedStyleSheets: CSSStyleSheet[] };

/**
 * The page's own object, where Kensho sees it through a wrapper: a Firefox content script sees page objects through
 * Xray wrappers, through which an adopted-sheet list can no longer be read (Firefox 140.12 ESR: "Accessing from Xray
 * wrapper is not supported"); its waiver (`wrappedJSObject`) can be. Elsewhere the object itself.
 */
function waived<T extends object>(x: T): T {
  return (x as { wrappedJSObject?: T }).wrappedJSObject ?? x;
}

/**
 * Adds `sheet` to a document or shadow root, keeping the page's own adopted sheets; returns the undo. The list is
 * changed in place (push, splice), on the page's own object where Kensho sees it through a wrapper: a Firefox Xray
 * can neither read the list nor take a new one.
 */
export function adoptSheet(target: Document | ShadowRoot, sheet: CSSStyleSheet): () => void {
  const listOf = () => waived(target as unknown as Adopter).adoptedStyleSheets;
  if (!listOf()) return () => {};
  listOf().push(sheet);
  return () => {
    const list = listOf();
    const i = list.indexOf(sheet);
    if (i >= 0) list.splice(i, 1);
  };
}

const sheetCache = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

/** One shared sheet per document and name (every marker's shadow root adopts the same object). */
export function sharedSheet(doc: Document, name: string, css: string): CSSStyleSheet | null {
  let byName = sheetCache.get(doc);
  if (!byName) sheetCache.set(doc, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, makeSheet(doc, css));
  return byName.get(name) ?? null;
}

/** Sets inline styles through the CSSOM (allowed under CSP), `!important` so page rules cannot override them. */
export function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [prop, value] of Object.entries(styles)) el.style.setProperty(prop, value, 'important');
}
