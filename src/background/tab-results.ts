import { browser } from 'wxt/browser';
import { sendToExtensionPages } from '../messaging/extension-pages';
import type { PageResults, TabResults } from '../messaging/protocol';
import { frameOrder, mergeFrames } from './merge-frames';

// Results live in storage.session, not in globals: the MV3 worker may be stopped at any time. Only this file knows
// the keys; extension pages read results with `tab/results` and hear of changes by `tab/changed`.
const PREFIX = 'tab-results:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

/** Version of the stored record; version 1 was one top-frame `PageResults` per tab (upgraded on read). */
export const TAB_RESULTS_VERSION = 2;
/** The most frames whose results a tab keeps: a page full of ad iframes must not grow session storage without end. */
export const MAX_FRAMES_PER_TAB = 32;

/** One frame's latest report, with the browser's id for the document that sent it when there is one (Chrome). */
export interface FrameEntry extends PageResults {
  doc?: string;
}

/**
 * What storage.session holds per tab: each frame's report by frameId, and their merge (what the badge and popup read).
 */
export interface TabRecord extends TabResults {
  version: typeof TAB_RESULTS_VERSION;
  frames: Record<string, FrameEntry>;
}

/** The record for these frames, or null when none is left; `url` is the top frame's, else the tab's as last known. */
export function recordOf(frames: Record<string, FrameEntry>, tabUrl: string): TabRecord | null {
  if (frameOrder(frames).length === 0) return null;
  const published = frames[0]?.published;
  return {
    version: TAB_RESULTS_VERSION,
    url: frames[0]?.url ?? tabUrl,
    claims: mergeFrames(frames),
    ...(published ? { published } : {}),
    frames,
  };
}

/**
 * The record after a frame reported: a subframe's empty report drops it, a new frame past the cap is ignored. The top
 * frame's empty report is kept: the popup then says "no claims" rather than "not checked yet", and a revoke can reach
 * it.
 */
export function withFrameResults(
  record: TabRecord | null,
  frameId: number,
  entry: FrameEntry,
  tabUrl?: string,
): TabRecord | null {
  const frames = { ...record?.frames };
  if (entry.claims.length === 0 && frameId !== 0) delete frames[frameId];
  else if (frames[frameId] || frameOrder(frames).length < MAX_FRAMES_PER_TAB) frames[frameId] = entry;
  else return record;
  return recordOf(frames, tabUrl ?? record?.url ?? '');
}

/** The record after a frame's document went away; only that document's entry goes (a newer page there stays). */
export function withoutFrame(
  record: TabRecord | null,
  frameId: number,
  gone: { url: string; doc?: string },
): TabRecord | null {
  const entry = record?.frames[frameId];
  if (!record || !entry || entry.url !== gone.url || (entry.doc && gone.doc && entry.doc !== gone.doc)) return record;
  const frames = { ...record.frames };
  delete frames[frameId];
  return recordOf(frames, record.url);
}

/**
 * Reads a stored value as the current record: version 1 (one top-frame report) becomes frame 0; anything else is
 * dropped.
 */
export function upgradeRecord(raw: unknown): TabRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Partial<TabRecord>;
  if (value.version === TAB_RESULTS_VERSION && typeof value.frames === 'object' && value.frames !== null)
    return value as TabRecord;
  if (value.version === undefined && typeof value.url === 'string' && Array.isArray(value.claims)) {
    return recordOf({ 0: { url: value.url, claims: value.claims } }, value.url);
  }
  return null;
}

// Frames report concurrently: every read-modify-write of a record runs after the previous one (ordering, not state).
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

async function readRecord(tabId: number): Promise<TabRecord | null> {
  return upgradeRecord((await browser.storage.session.get(key(tabId)))[key(tabId)]);
}

/** Applies `change` to a tab's stored record and returns what is stored afterwards. */
export function updateTabRecord(
  tabId: number,
  change: (record: TabRecord | null) => TabRecord | null,
): Promise<TabRecord | null> {
  return serially(async () => {
    const before = await readRecord(tabId);
    const after = change(before);
    if (after === before) return after;
    if (after) await browser.storage.session.set({ [key(tabId)]: after });
    else await browser.storage.session.remove(key(tabId));
    void sendToExtensionPages('tab/changed', { tabId });
    return after;
  });
}

/** Stores one frame's report (an empty one drops the frame) and returns the tab's record afterwards. */
export function saveFrameResults(
  tabId: number,
  frameId: number,
  entry: FrameEntry,
  tabUrl?: string,
): Promise<TabRecord | null> {
  return updateTabRecord(tabId, (r) => withFrameResults(r, frameId, entry, tabUrl));
}

const view = (r: TabRecord): TabResults => ({
  url: r.url,
  claims: r.claims,
  ...(r.published ? { published: r.published } : {}),
});

/** A tab's results merged across its frames, or null. */
export async function loadTabResults(tabId: number): Promise<TabResults | null> {
  const record = await readRecord(tabId);
  return record && view(record);
}

/** Every tab's stored record, frames included (to reach each frame after a revoke). */
export async function allTabRecords(): Promise<Map<number, TabRecord>> {
  const all = await browser.storage.session.get(null);
  const out = new Map<number, TabRecord>();
  for (const [k, value] of Object.entries(all)) {
    const record = k.startsWith(PREFIX) ? upgradeRecord(value) : null;
    if (record) out.set(Number(k.slice(PREFIX.length)), record);
  }
  return out;
}

/** Every tab with stored results (to repaint badges after a settings change). */
export async function allTabResults(): Promise<Map<number, TabResults>> {
  return new Map([...(await allTabRecords())].map(([tabId, record]) => [tabId, view(record)]));
}

/** Forgets every frame of a tab (closed, or its top frame navigated). */
export function clearTabResults(tabId: number): Promise<void> {
  return serially(async () => {
    await browser.storage.session.remove(key(tabId));
    void sendToExtensionPages('tab/changed', { tabId });
  });
}
