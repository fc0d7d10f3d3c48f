/**
 * Paints annotated sentences without touching the page's nodes: the CSS Custom Highlight API where it exists,
 * else translucent boxes in Kensho's layer placed over the range's client rects.
 */
import { SENTENCE_STANCES } from '../shared/vocabulary';
import type { HighlightStyle } from '../storage/settings-types';
import type { Layer } from './layer';
import {
  HIGHLIGHT_COLOURS as COLOURS,
  HIGHLIGHT_LINES as LINES,
  highlightName,
  holdHighlightSheet,
  type PaintKey,
} from './highlight-sheet';
import { setStyles } from '../ui/shared/stylesheets';

const PAINT_KEYS: readonly PaintKey[] = [...SENTENCE_STANCES, 'outdated'];

export interface Painter {
  add(range: Range, key: PaintKey): void;
  remove(range: Range): void;
  /** Emphasises one range (the sentence whose card is open), or none. */
  setActive(range: Range | null): void;
  setStyle(style: HighlightStyle): void;
  /** Re-places anything position-dependent (only the fallback has any). */
  layout(): void;
  clear(): void;
  dispose(): void;
}

type HighlightCtor = new (...ranges: Range[]) => Set<Range>;
type Registry = Map<string, Set<Range>>;

class HighlightPainter implements Painter {
  private readonly sets = new Map<string, Set<Range>>();
  private readonly stanceOf = new Map<Range, PaintKey>();
  private readonly release: () => void;
  private style: HighlightStyle;

  constructor(
    private readonly registry: Registry,
    Highlight: HighlightCtor,
    doc: Document,
    style: HighlightStyle,
  ) {
    for (const name of [...PAINT_KEYS, 'active'] as const) this.sets.set(name, new Highlight());
    this.style = style;
    this.register();
    this.release = holdHighlightSheet(doc);
  }
  /** Puts the highlights in the registry under the current style's names. */
  private register(): void {
    for (const [name, h] of this.sets) this.registry.set(highlightName(name as PaintKey | 'active', this.style), h);
  }
  private unregister(): void {
    for (const name of this.sets.keys()) this.registry.delete(highlightName(name as PaintKey | 'active', this.style));
  }
  add(range: Range, key: PaintKey): void {
    this.sets.get(key)!.add(range);
    this.stanceOf.set(range, key);
  }
  remove(range: Range): void {
    const stance = this.stanceOf.get(range);
    if (stance) this.sets.get(stance)!.delete(range);
    this.sets.get('active')!.delete(range);
    this.stanceOf.delete(range);
  }
  setActive(range: Range | null): void {
    const active = this.sets.get('active')!;
    active.clear();
    if (range) active.add(range);
  }
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.unregister();
    this.style = style;
    this.register();
  }
  layout(): void {}
  clear(): void {
    for (const h of this.sets.values()) h.clear();
    this.stanceOf.clear();
  }
  dispose(): void {
    this.clear();
    this.unregister();
    this.release();
  }
}

/** Fallback for browsers without the Highlight API: boxes over the text, pointer-transparent, in the layer. */
class BoxPainter implements Painter {
  private readonly boxes = new Map<Range, { stance: PaintKey; els: HTMLElement[] }>();
  private active: Range | null = null;
  private style: HighlightStyle;
  constructor(
    private readonly layer: Layer,
    style: HighlightStyle,
  ) {
    this.style = style;
  }
  add(range: Range, key: PaintKey): void {
    this.boxes.set(range, { stance: key, els: [] });
  }
  remove(range: Range): void {
    this.boxes.get(range)?.els.forEach((e) => e.remove());
    this.boxes.delete(range);
  }
  setActive(range: Range | null): void {
    this.active = range;
    this.layout();
  }
  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.layout();
  }
  layout(): void {
    const { x, y } = this.layer.origin();
    for (const [range, entry] of this.boxes) {
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      while (entry.els.length > rects.length) entry.els.pop()!.remove();
      while (entry.els.length < rects.length) {
        const el = this.layer.doc.createElement('kensho-box');
        this.layer.host.appendChild(el);
        entry.els.push(el);
      }
      const key = range === this.active ? 'active' : entry.stance;
      rects.forEach((r, i) =>
        setStyles(entry.els[i]!, {
          position: 'absolute',
          left: `${r.left - x}px`,
          top: `${r.top - y}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
          'pointer-events': 'none',
          background: this.style === 'underline' && key !== 'active' ? 'transparent' : COLOURS[key],
          'border-bottom':
            this.style === 'underline' && key !== 'active'
              ? `2px ${key === 'outdated' ? 'dashed' : 'solid'} ${LINES[key]}`
              : '0',
        }),
      );
    }
  }
  clear(): void {
    for (const r of [...this.boxes.keys()]) this.remove(r);
  }
  dispose(): void {
    this.clear();
  }
}

/** The best painter the document's browser supports; `forceFallback` is for tests of the fallback. */
export function createPainter(doc: Document, layer: Layer, style: HighlightStyle, forceFallback = false): Painter {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor }) | null;
  const registry = win?.CSS?.highlights;
  if (!forceFallback && registry && win?.Highlight) return new HighlightPainter(registry, win.Highlight, doc, style);
  return new BoxPainter(layer, style);
}
