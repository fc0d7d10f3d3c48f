/**
 * Opens and closes the one card on the page, and keeps focus where a keyboard user expects it. The card's sources
 * come from the page session's cache (asked from the background on first open); a failure offers a retry. The card UI
 * itself loads the first time a card opens in this frame (card-loader.ts), so pages where none opens never parse it.
 */
import type { PageClaim } from '../evidence/page-claims';
import type { Lang } from '../evidence/schema';
import type { Settings } from '../storage/settings-types';
import type { CardHost } from '../ui/card/card-host';
import type { ClaimCardProps, ReportState, SourcesState } from '../ui/card/claim-card';
import { CARD_WIDTH, type CardUi } from '../ui/card/card-ui';
import type { Layer } from './layer';
import { markerPosition, type LiveAnnotation } from './marker-placement';
import type { SourcesCache } from './sources-cache';

export interface CardDeps {
  layer: Layer;
  signal: AbortSignal;
  /** The reader's language; read on every render, so a settings change shows on refresh(). */
  lang(): Lang;
  getClaim(id: string): PageClaim | undefined;
  getSettings(): Settings;
  /** The article's publication date, if the page gives one (the card shows the claim as it stood then). */
  pageDate?(): string | undefined;
  /** The page session's sources and updates, fetched from the background once per claim. */
  sources: Pick<SourcesCache, 'peek' | 'load'>;
  /** True once the page session ended or the extension went away (asking tears an orphaned Kensho down). */
  gone(): boolean;
  /** Called when the reader says "not this claim"; resolves when stored locally. */
  onNotThisClaim(a: LiveAnnotation): Promise<void>;
  onActiveChange(a: LiveAnnotation | null): void;
  /**
   * The card UI: itself once loaded in this frame, else a promise of it once the background injected it
   * (card-loader.ts).
   */
  loadUi(): CardUi | Promise<CardUi>;
}

export class CardController {
  private host: CardHost | null = null;
  private active: LiveAnnotation | null = null;
  private report: ReportState = 'idle';
  private sources: SourcesState = { state: 'loading' };

  constructor(private readonly deps: CardDeps) {
    deps.layer.doc.addEventListener(
      'pointerdown',
      (e) => {
        if (!this.active) return;
        const path = e.composedPath();
        if (!(this.host && path.includes(this.host.host)) && !path.includes(this.active.marker.host)) this.close(false);
      },
      { signal: deps.signal, capture: true },
    );
  }

  get current(): LiveAnnotation | null {
    return this.active;
  }

  /** Opens the card for `a` (closing any other) and moves focus into it. */
  open(a: LiveAnnotation): boolean {
    const claim = this.deps.getClaim(a.match.claimId);
    if (!claim) return false;
    if (this.active && this.active !== a) this.close(false);
    this.active = a;
    this.report = 'idle';
    this.loadSources(a);
    a.marker.setExpanded(true);
    this.deps.onActiveChange(a);
    if (this.host) this.show(a, this.host);
    else this.loadHost(a);
    return true;
  }

  /** The first card in this frame: shown once the UI has loaded, if the reader has not moved on meanwhile. */
  private loadHost(a: LiveAnnotation): void {
    const withUi = (ui: CardUi) => {
      if (this.deps.signal.aborted) return;
      this.deps.layer.ensureAttached();
      this.host ??= ui.createCardHost(this.deps.layer.doc, this.deps.layer.host, this.deps.signal);
      if (this.active === a) this.show(a, this.host);
    };
    const ui = this.deps.loadUi();
    if (!(ui instanceof Promise)) return withUi(ui);
    ui.then(withUi, (err: unknown) => {
      // An orphaned context (extension reloaded) is torn down by asking; anything else leaves the marker usable.
      if (this.deps.gone() || this.active !== a) return;
      console.debug('[kensho] the card could not load', err);
      this.close(true);
    });
  }

  private show(a: LiveAnnotation, host: CardHost): void {
    host.show(this.props(a), this.position(a), this.deps.getSettings().theme ?? 'auto');
    host.focus();
  }

  /** Closes the card; `returnFocus` puts focus back on the marker that opened it. */
  close(returnFocus = true): void {
    const a = this.active;
    if (!a) return;
    this.active = null;
    this.host?.unmount();
    a.marker.setExpanded(false);
    this.deps.onActiveChange(null);
    if (returnFocus && a.marker.host.isConnected) a.marker.button.focus();
  }

  /** Re-renders the open card (settings changed) and re-places it (layout changed). */
  refresh(): void {
    if (!this.active || !this.host) return;
    this.host.show(this.props(this.active), this.position(this.active), this.deps.getSettings().theme ?? 'auto');
  }

  dispose(): void {
    this.close(false);
    this.host?.unmount();
    this.host = null;
  }

  private props(a: LiveAnnotation): ClaimCardProps {
    return {
      claim: this.deps.getClaim(a.match.claimId)!,
      match: a.match,
      lang: this.deps.lang(),
      filters: this.deps.getSettings().sourceFilters,
      sources: this.sources,
      pageDate: this.deps.pageDate?.(),
      report: this.report,
      onClose: () => this.close(true),
      onNotThisClaim: () => {
        this.deps.onNotThisClaim(a).then(
          () => this.setReport(a, 'saved'),
          () => this.setReport(a, 'failed'),
        );
      },
      onRetrySources: () => {
        if (this.active !== a || this.deps.gone()) return;
        this.loadSources(a);
        this.refresh();
        // The retry button is gone (replaced by the loading line): keep focus in the card.
        this.host?.focus();
      },
    };
  }

  /** Shows cached sources at once, else "loading" until the background answers (the card re-renders then). */
  private loadSources(a: LiveAnnotation): void {
    const id = a.match.claimId;
    const known = this.deps.sources.peek(id);
    this.sources = known ? { state: 'ready', ...known } : { state: 'loading' };
    if (known) return;
    this.deps.sources.load(id).then(
      (evidence) => this.setSources(a, { state: 'ready', ...evidence }),
      () => this.setSources(a, { state: 'failed' }),
    );
  }

  private setSources(a: LiveAnnotation, state: SourcesState): void {
    // An orphaned context (extension reloaded) is torn down rather than showing an error it cannot recover from.
    if (this.active !== a || this.deps.gone()) return;
    this.sources = state;
    this.refresh();
  }

  private setReport(a: LiveAnnotation, state: ReportState): void {
    if (this.active !== a) return;
    this.report = state;
    this.refresh();
  }

  private position(a: LiveAnnotation): { x: number; y: number } {
    const origin = this.deps.layer.origin();
    // The card opens under its marker, wherever layout() put it.
    const box = a.marker.host.getBoundingClientRect();
    const at =
      box.width > 0
        ? { x: box.left - origin.x, y: box.top - origin.y }
        : (markerPosition(a.range, origin) ?? { x: 0, y: 0 });
    const doc = this.deps.layer.doc;
    const maxX = doc.documentElement.clientWidth - CARD_WIDTH - 8 - origin.x;
    return { x: Math.max(8 - origin.x, Math.min(at.x - CARD_WIDTH / 2, maxX)), y: at.y + 24 };
  }
}
