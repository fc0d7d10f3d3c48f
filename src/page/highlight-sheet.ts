/**
 * The document-scope `::highlight()` rules. Adopting a sheet restyles the whole document, which on a page with a
 * million nodes is a long task; so the content script adopts it at `document_start`, while the document is still
 * nearly empty, and keeps it for its lifetime. The rules are static (one highlight name per stance and style), so a
 * style change re-registers highlights under other names instead of editing the sheet, which would restyle again.
 */
import type { SentenceStance } from '../core/types';
import type { HighlightStyle } from '../storage/settings-types';
import { adoptSheet, makeSheet } from '../ui/shared/stylesheets';

/**
 * What a highlight paints: a stance, a claim overtaken or retracted at the page's date (`outdated`), or the open card's
 * sentence.
 */
export type PaintKey = SentenceStance | 'outdated';
type Key = PaintKey | 'active';
const COLOURS: Record<Key, string> = {
  supports: 'rgba(37, 99, 235, 0.16)',
  disputes: 'rgba(234, 88, 12, 0.22)',
  neutral: 'rgba(107, 114, 128, 0.16)',
  outdated: 'rgba(109, 40, 217, 0.16)',
  active: 'rgba(250, 204, 21, 0.45)',
};
const LINES: Record<PaintKey, string> = {
  supports: '#2563eb',
  disputes: '#ea580c',
  neutral: '#6b7280',
  outdated: '#6d28d9',
};

/** The registry name of a stance's highlight in a style (the active sentence always has a background). */
export function highlightName(key: Key, style: HighlightStyle): string {
  return style === 'underline' && key !== 'active' ? `kensho-${key}-underline` : `kensho-${key}`;
}

/** Every rule for every style, so the sheet never changes once adopted. */
export const HIGHLIGHT_CSS = (Object.keys(COLOURS) as Key[])
  .map((k) => `::highlight(${highlightName(k, 'background')}) { background-color: ${COLOURS[k]}; }`)
  .concat(
    (Object.keys(LINES) as PaintKey[]).map(
      // An outdated claim's line is wavy, so it differs from a supporting one by shape, not colour alone.
      (k) =>
        `::highlight(${highlightName(k, 'underline')}) { text-decoration: underline ${k === 'outdated' ? 'wavy ' : ''}2px ${LINES[k]}; text-underline-offset: 3px; }`,
    ),
  )
  .join('\n');

const held = new WeakMap<Document, { count: number; undo: () => void }>();

/** Adopts the highlight sheet into `doc` unless already there; the sheet stays until every holder released it. */
export function holdHighlightSheet(doc: Document): () => void {
  let entry = held.get(doc);
  if (!entry) {
    const sheet = makeSheet(doc, HIGHLIGHT_CSS);
    entry = { count: 0, undo: sheet ? adoptSheet(doc, sheet) : () => {} };
    held.set(doc, entry);
  }
  entry.count++;
  let released = false;
  return () => {
    if (released || --entry.count > 0) return void (released = true);
    released = true;
    held.delete(doc);
    entry.undo();
  };
}

export { COLOURS as HIGHLIGHT_COLOURS, LINES as HIGHLIGHT_LINES };
