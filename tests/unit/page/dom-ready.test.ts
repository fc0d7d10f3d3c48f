import { describe, expect, it } from 'vitest';
import { domReady } from '../../../src/page/dom-ready';

/** A document still parsing, whose DOMContentLoaded the test fires. */
function parsingDoc() {
  let fire = () => {};
  const doc = {
    readyState: 'loading',
    addEventListener: (type: string, fn: () => void) => {
      if (type === 'DOMContentLoaded') fire = fn;
    },
  } as unknown as Document;
  return { doc, fire: () => fire() };
}

const flushMicrotasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('domReady', () => {
  it('resolves after DOMContentLoaded on a task of its own, not in the parser’s last task', async () => {
    const { doc, fire } = parsingDoc();
    let yielded: () => void = () => {};
    let ready = false;
    void domReady(doc, () => new Promise<void>((r) => (yielded = r))).then(() => (ready = true));
    await flushMicrotasks();
    expect(ready).toBe(false);
    fire();
    await flushMicrotasks();
    expect(ready, 'not within DOMContentLoaded’s microtasks').toBe(false);
    yielded();
    await flushMicrotasks();
    expect(ready).toBe(true);
  });

  it('resolves at once when the document is already parsed', async () => {
    let ready = false;
    void domReady({ readyState: 'interactive' } as Document).then(() => (ready = true));
    await flushMicrotasks();
    expect(ready).toBe(true);
  });
});
