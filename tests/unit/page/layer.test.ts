import { describe, expect, it } from 'vitest';
import { Layer } from '../../../src/page/layer';
import { pageDom } from './page-dom';

/** A layer whose host records top-layer calls (linkedom has no popover API). */
function layerOn(html = '<p>Text.</p>') {
  const { doc } = pageDom(html);
  const layer = new Layer(doc);
  const shown: number[] = [];
  let open = false;
  Object.assign(layer.host, {
    showPopover: () => {
      if (!layer.host.isConnected) throw new Error('InvalidStateError: not connected');
      shown.push(1);
      open = true;
    },
    matches: (sel: string) => (sel === ':popover-open' ? open : false),
  });
  return { doc, layer, shown, close: () => (open = false) };
}

describe('Kensho layer', () => {
  it('joins the page under <html> as a manual popover, shown in the top layer once', () => {
    const { doc, layer, shown } = layerOn();
    expect(layer.host.isConnected).toBe(false);
    layer.ensureAttached();
    layer.ensureAttached();
    expect(layer.host.parentNode).toBe(doc.documentElement);
    expect(layer.host.getAttribute('popover')).toBe('manual');
    expect(shown).toHaveLength(1);
  });

  it('is shown again when the page hid it or emptied <html>', () => {
    const { doc, layer, shown, close } = layerOn();
    layer.ensureAttached();
    close();
    layer.ensureAttached();
    expect(shown).toHaveLength(2);
    doc.documentElement.replaceChildren();
    close();
    layer.ensureAttached();
    expect(layer.host.parentNode).toBe(doc.documentElement);
    expect(shown).toHaveLength(3);
  });

  it('stays out of the top layer while something is full screen, and joins it afterwards', () => {
    const { doc, layer, shown } = layerOn('<video id="v"></video>');
    Object.defineProperty(doc, 'fullscreenElement', { value: doc.getElementById('v'), configurable: true });
    layer.ensureAttached();
    expect(layer.host.isConnected).toBe(true);
    expect(shown).toHaveLength(0);
    Object.defineProperty(doc, 'fullscreenElement', { value: null, configurable: true });
    layer.ensureAttached();
    expect(shown).toHaveLength(1);
  });

  it('without the popover API it still attaches (its z-index keeps it above the page)', () => {
    const { doc } = pageDom('<p>Text.</p>');
    const layer = new Layer(doc);
    Object.assign(layer.host, { showPopover: undefined });
    expect(() => layer.ensureAttached()).not.toThrow();
    expect(layer.host.parentNode).toBe(doc.documentElement);
  });
});
