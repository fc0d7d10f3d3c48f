import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockOf, observeMutations } from '../../../src/page/mutations';
import { pageDom } from './page-dom';

let controller = new AbortController();
afterEach(() => controller.abort());

type Rec = { type: 'childList' | 'characterData'; target: Node; addedNodes?: Node[]; removedNodes?: Node[] };

/**
 * linkedom's MutationObserver reports the observed root as the target of subtree changes, unlike browsers; records
 * are handed in by the test instead, as a browser would write them.
 */
function fakeObserver(doc: Document) {
  const live: { fire(records: Rec[]): void; disconnected: boolean } = { fire: () => {}, disconnected: false };
  const Fake = class {
    constructor(cb: (list: unknown[]) => void) {
      live.fire = (records) => {
        if (!live.disconnected) cb(records.map((r) => ({ addedNodes: [], removedNodes: [], ...r })));
      };
    }
    observe() {}
    disconnect() {
      live.disconnected = true;
    }
  };
  // linkedom's window ignores a replaced MutationObserver, so the document gets a view that answers with the fake.
  const view = new Proxy(doc.defaultView!, {
    get: (win, key) => (key === 'MutationObserver' ? Fake : Reflect.get(win, key)),
  });
  Object.defineProperty(doc, 'defaultView', { value: view, configurable: true });
  return live;
}

function observe(body: string, opts: { interval?: number; burst?: number } = {}) {
  const { doc } = pageDom(body);
  const mo = fakeObserver(doc);
  controller = new AbortController();
  const batches: (string[] | 'all')[] = [];
  observeMutations(doc.body, {
    signal: controller.signal,
    interval: opts.interval ?? 5,
    burst: opts.burst,
    onBatch: (changed) => batches.push(changed === 'all' ? 'all' : changed.map((e) => e.id || e.tagName.toLowerCase())),
  });
  return { doc, batches, fire: mo.fire, mo };
}

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('observeMutations', () => {
  it('hands over the blocks whose text changed, batched, inline changes as their block', async () => {
    const { doc, batches, fire } = observe(
      '<article id="art"><p id="p1">One <b id="b">bold</b>.</p><p id="p2">Two.</p><p id="p4">Four.</p></article>',
    );
    const p3 = doc.createElement('p');
    p3.id = 'p3';
    const link = doc.createElement('a');
    fire([
      { type: 'childList', target: doc.getElementById('b')!, addedNodes: [doc.createTextNode(' more')] },
      { type: 'childList', target: doc.getElementById('art')!, addedNodes: [p3] },
      { type: 'childList', target: doc.getElementById('p2')!, removedNodes: [doc.createTextNode('Two.')] },
    ]);
    // A second record set within the interval joins the same batch; an added inline element counts as its block.
    fire([
      { type: 'characterData', target: doc.getElementById('p4')!.firstChild! },
      { type: 'childList', target: doc.getElementById('p1')!, addedNodes: [link] },
    ]);
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    expect([...(batches[0] as string[])].sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('ignores Kensho’s own elements', async () => {
    const { doc, batches, fire } = observe('<p id="p1">x</p>');
    const layer = doc.createElement('kensho-layer');
    doc.documentElement.appendChild(layer);
    fire([
      { type: 'childList', target: doc.documentElement, addedNodes: [layer] },
      { type: 'childList', target: doc.body, addedNodes: [doc.createElement('kensho-marker')] },
      { type: 'childList', target: layer, addedNodes: [doc.createElement('kensho-box')] },
    ]);
    await tick();
    expect(batches).toEqual([]);
  });

  it('asks for a full rescan past the burst size instead of thousands of small ones', async () => {
    const { doc, batches, fire } = observe('<div id="feed"></div>', { burst: 10 });
    const feed = doc.getElementById('feed')!;
    fire(
      Array.from({ length: 30 }, () => ({
        type: 'childList' as const,
        target: feed,
        addedNodes: [doc.createElement('p')],
      })),
    );
    await vi.waitFor(() => expect(batches).toEqual(['all']));
  });

  it('stops when its signal aborts', async () => {
    const { doc, batches, fire, mo } = observe('<p id="p1">x</p>');
    fire([{ type: 'childList', target: doc.getElementById('p1')!, addedNodes: [doc.createTextNode('y')] }]);
    controller.abort();
    await tick();
    expect(mo.disconnected).toBe(true);
    expect(batches).toEqual([]);
  });

  it('blockOf climbs out of inline elements', () => {
    const { doc } = pageDom('<div id="d"><span><a id="a">x</a></span></div>');
    expect(blockOf(doc.getElementById('a')!.firstChild!)).toBe(doc.getElementById('d'));
  });
});
