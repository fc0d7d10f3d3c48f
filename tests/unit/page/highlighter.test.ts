import { describe, expect, it } from 'vitest';
import { highlightName } from '../../../src/page/highlight-sheet';
import { createPainter } from '../../../src/page/highlighter';
import { Layer } from '../../../src/page/layer';
import { pageDom } from './page-dom';

function rangeOn(doc: Document, id: string): Range {
  const r = doc.createRange();
  const text = doc.getElementById(id)!.firstChild!;
  r.setStart(text, 0);
  r.setEnd(text, 3);
  return r;
}

describe('Highlight API painter', () => {
  function withRegistry() {
    const { doc } = pageDom('<p id="a">One.</p><p id="b">Two.</p>');
    const registry = new Map<string, Set<Range>>();
    const view = new Proxy(doc.defaultView!, {
      get: (win, key) => (key === 'CSS' ? { highlights: registry } : key === 'Highlight' ? Set : Reflect.get(win, key)),
    });
    Object.defineProperty(doc, 'defaultView', { value: view, configurable: true });
    return { doc, registry, layer: new Layer(doc) };
  }

  it('puts ranges in one highlight per stance, emphasises the active one, and renames them on a style change', () => {
    const { doc, registry, layer } = withRegistry();
    const painter = createPainter(doc, layer, 'background');
    const a = rangeOn(doc, 'a');
    const b = rangeOn(doc, 'b');
    painter.add(a, 'supports');
    painter.add(b, 'disputes');
    painter.setActive(b);
    expect([...registry.get(highlightName('supports', 'background'))!]).toEqual([a]);
    expect([...registry.get(highlightName('disputes', 'background'))!]).toEqual([b]);
    expect([...registry.get(highlightName('active', 'background'))!]).toEqual([b]);
    painter.setStyle('underline');
    expect(registry.has(highlightName('supports', 'background'))).toBe(false);
    expect([...registry.get(highlightName('supports', 'underline'))!]).toEqual([a]);
    painter.remove(b);
    expect([...registry.get(highlightName('disputes', 'underline'))!]).toEqual([]);
    expect([...registry.get(highlightName('active', 'underline'))!]).toEqual([]);
    painter.dispose();
    expect(registry.size).toBe(0);
  });
});

describe('fallback painter (no Highlight API)', () => {
  it('draws a box per line in Kensho’s layer, restyles it, and removes it with its range', () => {
    const { doc } = pageDom('<p id="a">One.</p><p id="b">Two.</p>');
    const layer = new Layer(doc);
    const painter = createPainter(doc, layer, 'background');
    const a = rangeOn(doc, 'a');
    painter.add(a, 'disputes');
    painter.add(rangeOn(doc, 'b'), 'supports');
    painter.layout();
    const boxes = () => [...layer.host.querySelectorAll('kensho-box')] as HTMLElement[];
    const style = (el: HTMLElement) => (el.getAttribute('style') ?? '').replace(/\s/g, '');
    expect(boxes()).toHaveLength(2);
    expect(style(boxes()[0]!)).toContain('pointer-events:none');
    expect(style(boxes()[0]!)).not.toContain('transparent');
    painter.setStyle('underline');
    expect(style(boxes()[0]!)).toContain('background:transparent');
    expect(style(boxes()[0]!)).toContain('border-bottom:2pxsolid');
    painter.remove(a);
    expect(boxes()).toHaveLength(1);
    painter.dispose();
    expect(boxes()).toHaveLength(0);
  });
});
