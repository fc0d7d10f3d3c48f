import { describe, expect, it, vi } from 'vitest';
import { cardUiLoader, tryTimes } from '../../../src/page/card-loader';
import { CARD_UI_KEY, installCardUi, installedCardUi, type CardUi } from '../../../src/ui/card/card-ui';

const ui = (): CardUi => ({ createCardHost: vi.fn() as never });

describe('the card UI, loaded on demand', () => {
  it('asks the background once, then takes the UI the card script installed in this world', async () => {
    const scope = {};
    const made = ui();
    const request = vi.fn(async () => installCardUi(scope, made));
    const load = cardUiLoader(request, scope);
    // Two clicks before the script ran: one injection.
    const [a, b] = await Promise.all([load(), load()]);
    expect(a.createCardHost).toBe(made.createCardHost);
    expect(b).toBe(a);
    // Once installed, the UI comes back at once, not as a promise (a later card opens in the same task).
    expect(load()).toBe(a);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('uses a UI already in the world (a content script restarted in the same frame) without asking', async () => {
    const scope = {};
    installCardUi(scope, ui());
    const request = vi.fn(async () => {});
    await cardUiLoader(request, scope)();
    expect(request).not.toHaveBeenCalled();
  });

  it('rejects when the background cannot inject or the script installed nothing usable, and tries again next time', async () => {
    const scope: Record<string, unknown> = {};
    const request = vi
      .fn()
      .mockRejectedValueOnce(new Error('Frame with ID 3 was removed.'))
      .mockImplementationOnce(async () => {
        scope[CARD_UI_KEY] = { createCardHost: 'not a function' };
      });
    const load = cardUiLoader(request, scope);
    await expect(load()).rejects.toThrow('Frame with ID 3 was removed.');
    await expect(load()).rejects.toThrow('the card script did not install itself in this frame');
    request.mockImplementationOnce(async () => installCardUi(scope, ui()));
    await expect(load()).resolves.toBeTruthy();
    expect(request).toHaveBeenCalledTimes(3);
  });

  it('ignores a malformed or foreign value under the key', () => {
    for (const bad of [null, 1, 'ui', {}, { createCardHost: {} }])
      expect(installedCardUi({ [CARD_UI_KEY]: bad })).toBeNull();
    // Another build's card UI (an update left the old one in the world) sits under another key.
    expect(installedCardUi({ 'kensho:card-ui:older': ui() })).toBeNull();
  });
});

describe('tryTimes', () => {
  it('asks again after a failure, up to the number of attempts, and gives the last error', async () => {
    const request = vi
      .fn()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(['vocabulary']);
    await expect(tryTimes(request, 2)).resolves.toEqual(['vocabulary']);
    expect(request).toHaveBeenCalledTimes(2);

    const failing = vi.fn().mockRejectedValue(new Error('Could not establish connection.'));
    await expect(tryTimes(failing, 2)).rejects.toThrow('Could not establish connection.');
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
