/**
 * One page's Kensho: turns settings and claims into a running Annotator (or none, when off or paused here),
 * with the observers that keep it current. Every run owns an AbortController chained to the page context. The engine
 * (and with it the bundled claims) is asked for only once the probe fires on a block, or the reader added claims.
 */
import type { Matcher } from '../core/types';
import type { PageClaim } from '../evidence/page-claims';
import type { PageClaimSummary } from '../messaging/protocol';
import { mayRunOn } from '../storage/site-rules';
import type { Settings } from '../storage/settings-types';
import { readerLang } from '../ui/shared/reader-lang';
import type { BlockAnnotation } from './match-blocks';
import { Annotator, type AnnotatorDeps } from './annotator';
import type { TextBlock } from './extract';
import type { PageMatching } from './page-engine';
import { observeMutations } from './mutations';
import { SourcesCache, type FetchSources } from './sources-cache';

export interface SessionDeps {
  doc: Document;
  /** The content-script context's signal: aborting it tears everything down. */
  signal: AbortSignal;
  /**
   * The browser's UI language (`browser.i18n.getUILanguage()`): cards and markers use it when settings say 'browser'.
   */
  uiLanguage: string;
  settings: Settings;
  /** Claims the reader added (packs, feeds), without sources (load-claims.ts); a card asks `fetchSources` for those. */
  added: PageClaim[];
  /**
   * The frame's matching (engine.js, loaded on demand: page-engine.ts); a failed load rejects and is not remembered.
   */
  matching(): PageMatching | Promise<PageMatching>;
  /** Whether a block may hold a match of a bundled claim (the probe: page-probe.ts). */
  probe(block: TextBlock): boolean;
  /** Asks the background for claims' sources (`claim/sources`). */
  fetchSources: FetchSources;
  /** The card UI (card-loader.ts); loaded the first time a card opens. */
  loadCardUi: AnnotatorDeps['loadCardUi'];
  report(claims: PageClaimSummary[]): void;
  recordFalsePositive(a: BlockAnnotation): Promise<void>;
  /** False once the extension context is gone (see AnnotatorDeps.alive). */
  alive?(): boolean;
  /** The article's publication date, if the page gives one (read again after an SPA navigation). */
  pageDate?(): string | undefined;
  /** Delay before rescanning after an SPA navigation, so the new view has rendered. */
  navigationDelay?: number;
}

export class PageSession {
  private settings: Settings;
  private added: PageClaim[];
  /** The bundled and added claims by id, once the engine brought the bundled ones. */
  private byId = new Map<string, PageClaim>();
  private engine: PageMatching | null = null;
  /** Sources of opened cards, for this page session; dies with the context (its signal). */
  private readonly sources: SourcesCache;
  private matcher: Matcher | Promise<Matcher> | null = null;
  private run: { annotator: Annotator; controller: AbortController } | null = null;
  private stopped = false;

  constructor(private readonly deps: SessionDeps) {
    this.settings = deps.settings;
    this.added = deps.added;
    this.sources = new SourcesCache(deps.fetchSources, deps.signal);
    deps.signal.addEventListener('abort', () => this.deactivate(false), { once: true });
  }

  get annotator(): Annotator | null {
    return this.run?.annotator ?? null;
  }

  /** Starts annotating when the settings allow it on this host. */
  start(): void {
    if (this.allowed()) this.activate();
    else this.deps.report([]);
  }

  /** The reader revoked this site: remove everything and stay quiet until the page reloads. */
  stop(): void {
    this.stopped = true;
    this.deactivate(true);
  }

  onSettings(next: Settings): void {
    const prev = this.settings;
    this.settings = next;
    if (!this.allowed()) return this.deactivate(true);
    if (!this.run) return this.activate();
    const strictnessChanged = prev.strictness !== next.strictness;
    if (strictnessChanged || prev.highlightStances.join() !== next.highlightStances.join()) {
      // Strictness is a policy row of the same matcher (nothing rebuilt); a stance filter change just needs a rescan.
      if (strictnessChanged && this.matcher) {
        const m = this.matcher;
        const options = { strictness: next.strictness };
        this.matcher =
          m instanceof Promise ? this.forgetOnFailure(m.then((x) => x.withOptions(options))) : m.withOptions(options);
      }
      void this.run.annotator.rescanAll();
    } else this.run.annotator.applyLook();
  }

  /** The reader's packs or feeds changed. */
  onClaims(added: PageClaim[]): void {
    this.added = added;
    if (this.engine) this.index(this.engine);
    // A pack was imported, toggled or removed: its claims' sources may be different now.
    this.sources.clear();
    this.matcher = null;
    if (this.run) void this.run.annotator.rescanAll();
  }

  /** SPA navigation: the old view's annotations go at once; the new view is scanned once it has rendered. */
  onLocationChange(): void {
    const run = this.run;
    if (!run) return;
    run.annotator.clear();
    const win = this.deps.doc.defaultView ?? globalThis;
    const timer = win.setTimeout(() => void run.annotator.rescanAll(), this.deps.navigationDelay ?? 300);
    run.controller.signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  }

  reveal(claimId: string, occurrence: number): boolean {
    return this.run?.annotator.reveal(claimId, occurrence) ?? false;
  }

  private allowed(): boolean {
    return (
      !this.stopped && !this.deps.signal.aborted && mayRunOn(this.settings, this.deps.doc.location?.hostname ?? '')
    );
  }

  /** The claims the engine merged; returns them. */
  private index(engine: PageMatching): PageClaim[] {
    const claims = engine.claims(this.added);
    this.byId = new Map(claims.map((c) => [c.id, c]));
    return claims;
  }

  /** The probe does not know the keys of added claims: with any, every block may match. */
  private mayMatch(block: TextBlock): boolean {
    return this.added.length > 0 || this.deps.probe(block);
  }

  private getMatcher(): Matcher | Promise<Matcher> {
    if (this.matcher) return this.matcher;
    return (this.matcher = this.forgetOnFailure(
      Promise.resolve(this.deps.matching()).then((engine) => {
        this.engine = engine;
        return engine.createMatcher(this.index(engine), { strictness: this.settings.strictness });
      }),
    ));
  }

  /** A failed load (the worker restarted, the frame is going away) is not remembered: the next scan asks again. */
  private forgetOnFailure(made: Promise<Matcher>): Promise<Matcher> {
    made.catch(() => {
      if (this.matcher === made) this.matcher = null;
    });
    return made;
  }

  private activate(): void {
    const { doc } = this.deps;
    const controller = new AbortController();
    const signal = controller.signal;
    const annotator = new Annotator({
      doc,
      signal,
      lang: () => readerLang(this.settings.language, this.deps.uiLanguage),
      getMatcher: () => this.getMatcher(),
      mayMatch: (block) => this.mayMatch(block),
      getClaim: (id) => this.byId.get(id),
      getSettings: () => this.settings,
      sources: this.sources,
      loadCardUi: this.deps.loadCardUi,
      report: this.deps.report,
      recordFalsePositive: this.deps.recordFalsePositive,
      alive: this.deps.alive,
      pageDate: this.deps.pageDate,
    });
    this.run = { annotator, controller };
    observeMutations(doc.body ?? doc.documentElement, {
      signal,
      onBatch: (changed) => void (changed === 'all' ? annotator.rescanAll() : annotator.rescanElements(changed)),
    });
    const win = doc.defaultView;
    if (win) {
      win.addEventListener('resize', () => annotator.scheduleLayout(), { signal, passive: true });
      // Scroll events of boxes inside the page do not bubble; capture sees them (the document's own scroll moves
      // the layer with the text and needs nothing).
      doc.addEventListener('scroll', (e) => e.target !== doc && annotator.onInnerScroll(e.target), {
        signal,
        passive: true,
        capture: true,
      });
      // Images, frames and fonts loading move text without a window resize: their load events say so (images' do not
      // bubble; capture sees them). No ResizeObserver on the body: observing makes the page compute its layout at
      // once, which on a page of a million nodes was a long task (400 ms in Chromium 156), for nothing to re-place.
      doc.addEventListener('load', () => annotator.scheduleLayout(), { signal, passive: true, capture: true });
      doc.fonts?.addEventListener('loadingdone', () => annotator.scheduleLayout(), { signal });
    }
    // With added claims the engine is needed whatever the probe says: it loads alongside the first text extraction.
    if (this.added.length > 0) Promise.resolve(this.getMatcher()).catch(() => {});
    void annotator.rescanAll();
  }

  private deactivate(report: boolean): void {
    if (!this.run) return;
    this.run.controller.abort();
    this.run = null;
    if (report) this.deps.report([]);
  }
}
