import { parseHTML } from 'linkedom';
import { render, type VNode } from 'preact';

/**
 * Renders a component into a fresh linkedom document (made the global one, as Preact expects) and returns its
 * container.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's vnode
export function mount(vnode: VNode<any>): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  (globalThis as unknown as { document: Document }).document = document;
  const app = document.getElementById('app')!;
  render(vnode, app);
  return app as unknown as HTMLElement;
}
