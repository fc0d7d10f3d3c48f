import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../messaging/client';
import type { PageClaimSummary } from '../messaging/protocol';
import { REPORT_SENTENCE_CHARS } from '../shared/vocabulary';
import { loadAddedClaims, watchAddedClaimsUntil } from './load-claims';
import { cardUiLoader, tryTimes } from './card-loader';
import { listenForCommands } from './content-messages';
import { pageMatchingLoader } from './engine-loader';
import { pageProbe } from './page-probe';
import { guardContext } from './context-guard';
import { holdHighlightSheet } from './highlight-sheet';
import { currentPublishedDate } from './published-date';
import { domReady } from './dom-ready';
import { PageSession } from './session';
import { SLICE_MS, yieldToPage } from './yield';
import { loadSettings, watchSettings } from './settings-source';

/** A subframe that navigates away or is removed says so; the tab's top-level navigation already clears every frame. */
function reportUnload(ctx: ContentScriptContext, last: () => PageClaimSummary[]): void {
  if (window === window.top) return;
  ctx.addEventListener(window, 'pagehide', () => {
    if (last().length > 0 && ctx.isValid) sendToBackground('page/unload', { url: location.href }).catch(() => {});
  });
}

/**
 * Starts Kensho on a page: owned by `ctx`, so everything stops when the extension reloads or updates. Called at
 * `document_start`: the highlight sheet is adopted while the document is nearly empty (adopting it later restyles
 * every node, a long task on huge pages), settings and claims load while the page parses, scanning waits for the DOM.
 */
export function startPageScanner(ctx: ContentScriptContext): void {
  if (ctx.isInvalid) return;
  guardContext(ctx);
  ctx.onInvalidated(holdHighlightSheet(document));
  void run(ctx).catch((err) => {
    if (ctx.isValid) console.debug('[kensho] could not start', err);
  });
}

async function run(ctx: ContentScriptContext): Promise<void> {
  // The reader's packs and feeds come validated from the worker, asked only when the store may hold some; tried twice
  // (a worker stopping as it is asked fails the first).
  const askAdded = () => tryTimes(() => sendToBackground('claims/added', {}), 2);
  const [settings, added] = await Promise.all([loadSettings(), loadAddedClaims(askAdded), domReady(document)]);
  if (ctx.isInvalid) return;
  const published = currentPublishedDate(document, () => location.href);
  // Every frame reports its own results (the background keeps them per frame and merges them); never after
  // invalidation.
  let reported: PageClaimSummary[] = [];
  const report = (found: PageClaimSummary[]) => {
    if (ctx.isInvalid) return;
    reported = found;
    const date = published();
    // The page's date goes with its results, so the popup shows each claim as it stood then, as the cards do. Tried
    // twice: a worker stopping as the report is sent fails it, and the next message starts a new worker.
    const results = { url: location.href, claims: found, ...(date ? { published: date } : {}) };
    tryTimes(() => sendToBackground('page/results', results), 2).catch(() => {});
  };
  reportUnload(ctx, () => reported);
  const session = new PageSession({
    doc: document,
    signal: ctx.signal,
    uiLanguage: browser.i18n.getUILanguage(),
    settings,
    added,
    // The engine comes from the worker on first use, tried twice (the worker may restart between the ask and the
    // injection). The page's date goes with every call: the engine leaves out claims about events after the article
    // was published, before ranking (engine.ts predatedBy).
    matching: pageMatchingLoader({
      request: () => sendToBackground('engine/load', {}),
      vocabulary: () => tryTimes(() => sendToBackground('claims/vocabulary', {}), 2),
      slicing: { sliceMs: SLICE_MS, yieldFn: () => yieldToPage(), signal: ctx.signal, yieldFirst: true },
      published,
    }),
    probe: pageProbe(),
    report,
    fetchSources: (claimIds) => sendToBackground('claim/sources', { claimIds }),
    // The card UI is injected into this frame by the background on the first card opened here, then kept.
    loadCardUi: cardUiLoader(() => sendToBackground('card/load', {})),
    // Markers and cards show each claim as it stood on the article's date, and what came since.
    pageDate: published,
    // After a reload or update this instance is orphaned: the first event that would use an API tears it down.
    alive: () => ctx.isValid,
    // Stored by the worker, with this frame's address as the browser gives it; the sentence as a report keeps it.
    recordFalsePositive: (a) =>
      sendToBackground('page/not-this-claim', {
        claimId: a.match.claimId,
        sentence: a.sentence.trim().slice(0, REPORT_SENTENCE_CHARS),
        stance: a.match.stance,
      }),
  });
  watchSettings(ctx.signal, (next) => session.onSettings(next));
  watchAddedClaimsUntil(ctx.signal, askAdded, (next) => session.onClaims(next));
  listenForCommands(session, ctx.signal);
  ctx.addEventListener(window, 'wxt:locationchange', () => session.onLocationChange());
  session.start();
}
