import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage, MAX_REPORT_CHARS } from '../../../src/background/router';
import {
  clearTabResults,
  loadTabResults,
  MAX_FRAMES_PER_TAB,
  TAB_RESULTS_VERSION,
  upgradeRecord,
} from '../../../src/background/tab-results';
import type { PageClaimSummary } from '../../../src/messaging/protocol';

const id = fakeBrowser.runtime.id;
const top = 'https://www.reuters.com/a';
const embed = 'https://www.reuters.com/embed';
const from = (tabId: number, frameId: number, extra: object = {}) => ({
  id,
  tab: { id: tabId, url: top } as never,
  frameId,
  url: frameId === 0 ? top : embed,
  ...extra,
});
const claim = (claimId: string, stances: PageClaimSummary['stances'] = ['supports']): PageClaimSummary => ({
  claimId,
  count: stances.length,
  stances,
  figures: [],
});
const msg = (type: string, data: unknown) => ({ kensho: 1, type, data });
const report = (
  tabId: number,
  frameId: number,
  claims: PageClaimSummary[],
  url = frameId === 0 ? top : embed,
  extra: object = {},
) => handleMessage(msg('page/results', { url, claims }), from(tabId, frameId, extra));
const stored = async (tabId: number) =>
  (await fakeBrowser.storage.session.get(`tab-results:${tabId}`))[`tab-results:${tabId}`] as
    { frames: Record<string, unknown> } | undefined;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('results per frame', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the top frame’s publication date for the popup; a subframe’s date does not replace it', async () => {
    await handleMessage(msg('page/results', { url: top, claims: [claim('a')], published: '2025-10-14' }), from(1, 0));
    await handleMessage(msg('page/results', { url: embed, claims: [claim('b')], published: '2026-02-01' }), from(1, 5));
    expect((await loadTabResults(1))?.published).toBe('2025-10-14');
    await report(2, 0, [claim('a')]);
    expect(await loadTabResults(2)).not.toHaveProperty('published');
  });

  it('keeps each frame’s report under the sender’s frameId and badges the merge', async () => {
    await report(1, 0, [claim('a')]);
    await report(1, 5, [claim('a', ['disputes']), claim('b')]);
    expect(Object.keys((await stored(1))!.frames)).toEqual(['0', '5']);
    const results = await loadTabResults(1);
    expect(results?.url).toBe(top);
    expect(results?.claims.map((c) => [c.claimId, c.count])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(await badge(1)).toBe('2');
    // A frame's new report replaces only its own entry.
    await report(1, 5, [claim('b')]);
    expect((await loadTabResults(1))?.claims.map((c) => [c.claimId, c.count])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('lists a subframe’s claims under the tab’s address before the top frame reports', async () => {
    await report(2, 8, [claim('a')]);
    expect(await loadTabResults(2)).toMatchObject({
      url: top,
      claims: [{ claimId: 'a', frames: [{ frameId: 8, count: 1 }] }],
    });
    expect(await badge(2)).toBe('1');
  });

  it('drops a subframe that reports empty; keeps the top frame’s empty report (the page was checked)', async () => {
    await report(1, 0, [claim('a')]);
    await report(1, 5, [claim('b')]);
    await report(1, 5, []);
    expect(Object.keys((await stored(1))!.frames)).toEqual(['0']);
    expect(await badge(1)).toBe('1');
    await report(1, 0, []);
    expect(await loadTabResults(1)).toEqual({ url: top, claims: [] });
    expect(await badge(1)).toBe('');
    await report(3, 4, []);
    expect(await stored(3)).toBeUndefined();
  });

  it('drops a subframe whose document unloads, but not a newer document that reported in that frame since', async () => {
    await report(1, 0, [claim('a')]);
    await report(1, 5, [claim('b')], embed, { documentId: 'doc-2' });
    // Late unload of the frame's previous document (other address, or same address and another document).
    await handleMessage(msg('page/unload', { url: 'https://www.reuters.com/old' }), from(1, 5));
    await handleMessage(msg('page/unload', { url: embed }), from(1, 5, { documentId: 'doc-1' }));
    expect(Object.keys((await stored(1))!.frames)).toEqual(['0', '5']);
    await handleMessage(msg('page/unload', { url: embed }), from(1, 5, { documentId: 'doc-2' }));
    expect(Object.keys((await stored(1))!.frames)).toEqual(['0']);
    expect(await badge(1)).toBe('1');
    // The top frame's unload is not taken: its navigation clears the whole tab instead.
    expect(handleMessage(msg('page/unload', { url: top }), from(1, 0))).toBeUndefined();
  });

  it('forgets every frame of a tab at once (tab closed, top frame navigated), and only that tab', async () => {
    await report(1, 0, [claim('a')]);
    await report(1, 5, [claim('b')]);
    await report(2, 0, [claim('a')]);
    await clearTabResults(1);
    expect(await loadTabResults(1)).toBeNull();
    expect(await loadTabResults(2)).not.toBeNull();
  });

  it('keeps every frame when frames report at the same time', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => report(1, i, [claim(`c${i}`)])));
    expect((await loadTabResults(1))?.claims).toHaveLength(10);
  });
});

describe('forged and hostile frame reports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never takes a frameId from the payload: a subframe cannot write the top frame’s entry', async () => {
    await report(1, 0, [claim('a')]);
    expect(
      handleMessage(msg('page/results', { url: top, claims: [claim('forged')], frameId: 0 }), from(1, 5)),
    ).toBeUndefined();
    expect(handleMessage(msg('page/unload', { url: top, frameId: 0 }), from(1, 5))).toBeUndefined();
    // Claiming the top frame's address only files the report under the sender's own frame.
    await report(1, 5, [claim('b')], top);
    const frames = (await stored(1))!.frames as Record<string, { claims: PageClaimSummary[] }>;
    expect(frames[0]!.claims.map((c) => c.claimId)).toEqual(['a']);
    expect(frames[5]!.claims.map((c) => c.claimId)).toEqual(['b']);
  });

  it('ignores reports from extension pages and senders without a tab or a whole frameId', async () => {
    const page = { id, tab: { id: 1 } as never, frameId: 0, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(handleMessage(msg('page/results', { url: top, claims: [claim('a')] }), page)).toBeUndefined();
    expect(handleMessage(msg('page/results', { url: top, claims: [claim('a')] }), { id, frameId: 0 })).toBeUndefined();
    expect(handleMessage(msg('page/results', { url: top, claims: [claim('a')] }), from(1, 1.5))).toBeUndefined();
    expect(handleMessage(msg('page/unload', { url: embed }), { id, frameId: 3 })).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it(`keeps at most ${MAX_FRAMES_PER_TAB} frames per tab; frames already kept still update`, async () => {
    for (let frameId = 0; frameId < MAX_FRAMES_PER_TAB + 8; frameId++) await report(1, frameId, [claim(`c${frameId}`)]);
    expect(Object.keys((await stored(1))!.frames)).toHaveLength(MAX_FRAMES_PER_TAB);
    expect((await loadTabResults(1))?.claims.some((c) => c.claimId === `c${MAX_FRAMES_PER_TAB}`)).toBe(false);
    await report(1, 3, [claim('updated')]);
    expect((await loadTabResults(1))?.claims.some((c) => c.claimId === 'updated')).toBe(true);
  });

  it('drops a report over the size bound even when each field is within its limit', async () => {
    const claims = Array.from({ length: 40 }, (_, i) => claim(`c${i}`, Array(1000).fill('disputes')));
    expect(JSON.stringify({ url: embed, claims }).length).toBeGreaterThan(MAX_REPORT_CHARS);
    await report(1, 5, claims);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await badge(1)).toBe('');
  });
});

describe('stored record versions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a version 1 record (one top-frame report) as the top frame’s entry', async () => {
    await fakeBrowser.storage.session.set({ 'tab-results:4': { url: top, claims: [claim('a')] } });
    expect(await loadTabResults(4)).toEqual({
      url: top,
      claims: [{ ...claim('a'), frames: [{ frameId: 0, count: 1 }] }],
    });
    await report(4, 6, [claim('a')]);
    expect(await stored(4)).toMatchObject({
      version: TAB_RESULTS_VERSION,
      frames: { 0: { url: top }, 6: { url: embed } },
    });
    expect((await loadTabResults(4))?.claims[0]?.count).toBe(2);
  });

  it('drops what it cannot read (another version, another shape) instead of guessing', async () => {
    expect(upgradeRecord({ version: 3, frames: {} })).toBeNull();
    expect(upgradeRecord({ url: top })).toBeNull();
    expect(upgradeRecord('x')).toBeNull();
    expect(upgradeRecord(null)).toBeNull();
    await fakeBrowser.storage.session.set({ 'tab-results:4': { version: 99, whatever: true } });
    expect(await loadTabResults(4)).toBeNull();
    await report(4, 0, [claim('a')]);
    expect(Object.keys((await stored(4))!.frames)).toEqual(['0']);
  });
});
