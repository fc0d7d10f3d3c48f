import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardContext } from '../../../src/page/context-guard';

const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** The part of a content-script context the guard uses. */
function fakeContext() {
  const controller = new AbortController();
  return { signal: controller.signal, abort: vi.fn((reason?: unknown) => controller.abort(reason)) };
}

/** A window stand-in whose "document" listener (WXT's) sits behind Kensho's capture listener. */
function fakeWindow() {
  const win = new EventTarget();
  const wxtSaw = vi.fn();
  return {
    win,
    wxtSaw,
    dispatch() {
      // Capture on window first (what the real event path does), then the at-target listener WXT registers.
      const event = new Event(STARTED, { cancelable: false });
      let stopped = false;
      const stop = event.stopImmediatePropagation.bind(event);
      event.stopImmediatePropagation = () => ((stopped = true), stop());
      win.dispatchEvent(event);
      if (!stopped) wxtSaw();
    },
  };
}

describe('guardContext', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    delete (globalThis as { __kenshoStopPrevious?: unknown }).__kenshoStopPrevious;
  });

  it('keeps a page-forged "content script started" event from WXT while the extension is alive', () => {
    const { win, wxtSaw, dispatch } = fakeWindow();
    guardContext(fakeContext() as never, win as never);
    dispatch();
    expect(wxtSaw).not.toHaveBeenCalled();
  });

  it('lets the event through once this instance is orphaned (extension reloaded or updated)', () => {
    const { win, wxtSaw, dispatch } = fakeWindow();
    guardContext(fakeContext() as never, win as never);
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    try {
      dispatch();
    } finally {
      runtime.id = id;
    }
    expect(wxtSaw).toHaveBeenCalledOnce();
  });

  it('a second Kensho in the same frame stops the first through the isolated world', () => {
    const first = fakeContext();
    const second = fakeContext();
    guardContext(first as never, fakeWindow().win as never);
    guardContext(second as never, fakeWindow().win as never);
    expect(first.abort).toHaveBeenCalledOnce();
    expect(second.abort).not.toHaveBeenCalled();
  });

  it('stops listening when its context ends', () => {
    const { win, wxtSaw, dispatch } = fakeWindow();
    const ctx = fakeContext();
    guardContext(ctx as never, win as never);
    ctx.abort();
    dispatch();
    expect(wxtSaw).toHaveBeenCalledOnce();
  });
});
