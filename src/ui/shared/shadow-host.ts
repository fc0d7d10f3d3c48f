/**
 * The element Kensho puts on a page: a custom tag reset with `all: initial` (page rules cannot reach it), absolutely
 * placed by its owner, with an open shadow root that adopts one shared constructable sheet (allowed under CSP).
 */
import { adoptSheet, setStyles, sharedSheet } from './stylesheets';

export function createShadowHost(
  doc: Document,
  tag: string,
  sheet: { name: string; css: string },
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  setStyles(host, {
    all: 'initial',
    position: 'absolute',
    left: '0px',
    top: '0px',
    display: 'block',
    'pointer-events': 'auto',
  });
  const root = host.attachShadow({ mode: 'open' });
  const shared = sharedSheet(doc, sheet.name, sheet.css);
  if (shared) adoptSheet(root, shared);
  return { host, root };
}
