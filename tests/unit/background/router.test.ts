import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../src/background/router';
import { BADGE_ALERT, BADGE_QUIET } from '../../../src/background/badge';
import { loadTabResults } from '../../../src/background/tab-results';
import { updateSettings } from '../../../src/storage/settings';
import { getFalsePositives } from '../../../src/storage/false-positives';
import { putPack } from '../../../src/storage/packs';
import { claim, pack } from '../storage/pack-fixtures';

const id = fakeBrowser.runtime.id;
const fromTab = (tabId: number, frameId = 0) => ({ id, tab: { id: tabId } as never, frameId });
const results = (stances: ('supports' | 'disputes' | 'neutral')[]) => ({
  url: 'https://www.reuters.com/a',
  claims: [{ claimId: 'ai-roi.mit-95', count: stances.length, stances, figures: [] }],
});
const msg = (type: string, data: unknown) => ({ kensho: 1, type, data });

describe('background router', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a top frame’s results and paints the badge, coloured on disputes', async () => {
    await handleMessage(msg('page/results', results(['supports'])), fromTab(7));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual(hex(BADGE_QUIET));
    await handleMessage(msg('page/results', results(['supports', 'disputes'])), fromTab(7));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual(hex(BADGE_ALERT));
    expect((await loadTabResults(7))?.claims[0]?.count).toBe(2);
  });

  it('leaves the badge empty when the reader turned it off', async () => {
    await updateSettings((s) => ({ ...s, showBadge: false }));
    await handleMessage(msg('page/results', results(['supports'])), fromTab(3));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('ignores other extensions, senders without a frame, malformed and unknown messages', async () => {
    expect(
      handleMessage(msg('page/results', results(['supports'])), { ...fromTab(1), id: 'someone-else' }),
    ).toBeUndefined();
    expect(handleMessage(msg('page/results', results(['supports'])), { id, tab: { id: 1 } as never })).toBeUndefined();
    expect(handleMessage(msg('page/results', results(['supports'])), fromTab(1, -1))).toBeUndefined();
    expect(handleMessage(msg('page/results', { url: 'x', claims: 'all' }), fromTab(1))).toBeUndefined();
    expect(handleMessage(msg('page/results', { ...results(['supports']), extra: 1 }), fromTab(1))).toBeUndefined();
    expect(handleMessage(msg('settings/wipe', {}), fromTab(1))).toBeUndefined();
    expect(handleMessage({ type: 'page/results', data: results(['supports']) }, fromTab(1))).toBeUndefined();
    expect(handleMessage('page/results', fromTab(1))).toBeUndefined();
    expect(await loadTabResults(1)).toBeNull();
  });

  it('answers tab/results to extension pages only, never to a content script', async () => {
    await handleMessage(msg('page/results', results(['neutral'])), fromTab(5));
    expect(
      handleMessage(msg('tab/results', { tabId: 5 }), { ...fromTab(9), url: 'https://www.reuters.com/a' }),
    ).toBeUndefined();
    expect(handleMessage(msg('tab/results', { tabId: 5 }), { id })).toBeUndefined();
    const popup = { id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await handleMessage(msg('tab/results', { tabId: 5 }), popup)).toMatchObject({
      url: 'https://www.reuters.com/a',
    });
    // The popup opened as a tab (context menu, tests) has a tab of its own and is still an extension page.
    expect(await handleMessage(msg('tab/results', { tabId: 5 }), { ...popup, tab: { id: 9 } as never })).toMatchObject({
      url: 'https://www.reuters.com/a',
    });
  });
});

describe('claims/vocabulary', () => {
  it('gives content scripts the bundled claims’ terms and entities, and nobody else', async () => {
    const vocab = (await handleMessage(msg('claims/vocabulary', {}), fromTab(2))) as {
      id: string;
      terms: { en: string[] };
    }[];
    expect(vocab.length).toBeGreaterThan(50);
    expect(vocab[0]!.terms.en.length).toBeGreaterThan(0);
    expect(
      handleMessage(msg('claims/vocabulary', {}), { id, url: fakeBrowser.runtime.getURL('/popup.html') }),
    ).toBeUndefined();
    expect(handleMessage(msg('claims/vocabulary', { all: true }), fromTab(2))).toBeUndefined();
  });
});

describe.each([
  ['card/load', '/card.js'],
  ['engine/load', '/engine.js'],
] as const)('%s', (type, file) => {
  beforeEach(() => fakeBrowser.reset());

  it('injects its script into the frame that asked, as the browser names it', async () => {
    const executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as Record<string, unknown>).scripting = { executeScript };
    await handleMessage(msg(type, {}), fromTab(4, 2));
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [2] }, files: [file] });
    // Not for extension pages, other extensions, senders without a frame, or with a payload.
    expect(
      handleMessage(msg(type, {}), {
        id,
        url: fakeBrowser.runtime.getURL('/popup.html'),
        tab: { id: 4 } as never,
        frameId: 0,
      }),
    ).toBeUndefined();
    expect(handleMessage(msg(type, {}), { ...fromTab(4), id: 'someone-else' })).toBeUndefined();
    expect(handleMessage(msg(type, {}), { id, tab: { id: 4 } as never })).toBeUndefined();
    expect(handleMessage(msg(type, { tabId: 9, frameId: 0 }), fromTab(4))).toBeUndefined();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('rejects when the frame cannot take the script, so the content script can say so', async () => {
    (fakeBrowser as unknown as Record<string, unknown>).scripting = {
      executeScript: vi.fn(async () => Promise.reject(new Error('Frame with ID 2 was removed.'))),
    };
    await expect(handleMessage(msg(type, {}), fromTab(4, 2))).rejects.toThrow('was removed');
  });
});

function hex(color: string): number[] {
  const n = parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

describe('claims/added', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives content scripts the enabled packs’ claims, validated and without sources, and nobody else', async () => {
    await putPack(pack('on', [claim('p.one')]));
    await putPack(pack('off', [claim('p.two')], false));
    const added = (await handleMessage(msg('claims/added', {}), fromTab(2))) as { id: string }[];
    expect(added.map((c) => c.id)).toEqual(['p.one']);
    expect(added.every((c) => !('sources' in c))).toBe(true);
    expect(
      handleMessage(msg('claims/added', {}), { id, url: fakeBrowser.runtime.getURL('/popup.html') }),
    ).toBeUndefined();
    expect(handleMessage(msg('claims/added', {}), { ...fromTab(2), id: 'someone-else' })).toBeUndefined();
  });
});

describe('page/not-this-claim', () => {
  beforeEach(() => fakeBrowser.reset());
  const report = { claimId: 'ai-roi.mit-95', sentence: '  Most pilots fail.  ', stance: 'supports' };

  it('stores the report with the frame’s address as the browser names it, without query or fragment', async () => {
    const sender = { ...fromTab(4, 2), url: 'https://www.reuters.com/a?token=secret#p2' };
    await handleMessage(msg('page/not-this-claim', report), sender);
    expect(await getFalsePositives()).toMatchObject([
      { claimId: 'ai-roi.mit-95', sentence: 'Most pilots fail.', url: 'https://www.reuters.com/a', stance: 'supports' },
    ]);
  });

  it('takes reports from content scripts only, and no address from the payload', async () => {
    expect(
      handleMessage(msg('page/not-this-claim', report), { id, url: fakeBrowser.runtime.getURL('/popup.html') }),
    ).toBeUndefined();
    expect(handleMessage(msg('page/not-this-claim', report), fromTab(4))).toBeUndefined(); // no sender URL
    expect(
      handleMessage(msg('page/not-this-claim', { ...report, url: 'https://x.example/' }), {
        ...fromTab(4),
        url: 'https://www.reuters.com/a',
      }),
    ).toBeUndefined();
    expect(await getFalsePositives()).toEqual([]);
  });
});
