import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CONTEXT_MENU_ID, lookupUrl, onContextMenuClicked } from '../../../src/background/context-menu';
import { onInstalled } from '../../../src/background/install';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../storage/fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** fakeBrowser lacks contextMenus, permissions and scripting: minimal stand-ins that record calls. */
function mockPlatform() {
  const b = fakeBrowser as unknown as Record<string, unknown>;
  const menus: unknown[] = [];
  b.contextMenus = {
    removeAll: vi.fn(async () => void menus.splice(0)),
    create: vi.fn((item: unknown) => menus.push(item)),
  };
  b.permissions = { getAll: async () => ({ origins: [] }) };
  b.i18n = { ...(b.i18n as object), getMessage: (key: string) => key };
  b.scripting = {
    getRegisteredContentScripts: async () => [],
    unregisterContentScripts: vi.fn(),
    registerContentScripts: vi.fn(),
  };
  return { menus };
}

describe('install and update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('on update: migrates v1 settings, repairs a corrupt field once, recreates the menu', async () => {
    const { menus } = mockPlatform();
    await fakeBrowser.storage.local.set({ settings: { ...fixture('settings-v1.json'), highlightStyle: 42 } });
    await onInstalled({ reason: 'update', previousVersion: '0.0.1' } as never);
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 3 });
    expect(stored.settings).toEqual({ ...fixture('settings-v3.json'), highlightStyle: 'background' });
    expect(menus).toEqual([expect.objectContaining({ id: CONTEXT_MENU_ID, contexts: ['selection'] })]);
  });

  it('on install: writes the defaults', async () => {
    mockPlatform();
    await onInstalled({ reason: 'install' } as never);
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toMatchObject({ enabled: true, strictness: 'balanced', theme: 'auto' });
  });
});

describe('context menu', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the popup for the selection and its tab, trimmed and single-spaced', async () => {
    const url = new URL(lookupUrl(`  NVIDIA\n invests ${'x'.repeat(400)}`, 12));
    expect(url.pathname).toBe('/popup.html');
    expect(url.searchParams.get('tabId')).toBe('12');
    expect(url.searchParams.get('q')).toMatch(/^NVIDIA invests x+$/);
    expect(url.searchParams.get('q')!.length).toBe(300);
  });

  it('ignores other menu items and empty selections', async () => {
    const create = vi.fn(async () => ({}));
    (fakeBrowser as unknown as Record<string, unknown>).windows = { create };
    await onContextMenuClicked({ menuItemId: 'other', selectionText: 'x' } as never);
    await onContextMenuClicked({ menuItemId: CONTEXT_MENU_ID, selectionText: '   ' } as never);
    expect(create).not.toHaveBeenCalled();
    await onContextMenuClicked({ menuItemId: CONTEXT_MENU_ID, selectionText: 'AI bonds' } as never, { id: 4 } as never);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'popup', url: expect.stringContaining('q=AI+bonds') }),
    );
  });
});
