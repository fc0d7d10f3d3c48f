/**
 * The page side of Kensho: scans article blocks in slices (viewport first), anchors matches to ranges,
 * paints highlights, places markers and keeps them current as the page changes. Owns everything it creates;
 * `dispose()` (or aborting `signal`) removes all of it. All work runs through one queue, so scans never interleave.
 */
import { shownState, statusAt, type ShownState } from '../core/claim-status';
import type { Matcher } from '../core/types';
import type { PageClaim } from '../evidence/page-claims';
import type { Lang } from '../evidence/schema';
import type { PageClaimSummary } from '../messaging/protocol';
import type { Settings } from '../storage/settings-types';
import { createMarker } from '../ui/marker/marker';
import { markerText } from '../ui/marker/marker-text';
import { annotateBlock, type BlockAnnotation } from './match-blocks';
import { CardController, type CardDeps } from './card-controller';
import { findArticleRoots, iterateBlocks, type TextBlock } from './extract';
import { createPainter, type Painter } from './highlight-painter';
import { Layer } from './layer';
import { comparePageOrder, markerPosition, spreadMarkers, type LiveAnnotation } from './marker-placement';
import { isBlockIntact, rangeForOffsets } from './ranges';
import { ScrollClips } from './scroll-clip';
import { viewportFirst } from './viewport';
import { summariseMatches } from './summary';
import { runSteps, type SliceOptions } from '../core/steps';
import { SLICE_MS, yieldToPage } from './yield';

export interface AnnotatorDeps {
  doc: Document;
  signal: AbortSignal;
  /** The reader's language for markers and cards; follows the settings. */
  lang(): Lang;
  /** The matcher; may still be loading or building (in slices) on first use. */
  getMatcher(): Matcher | Promise<Matcher>;
  /**
   * Whether a block may hold a match (the probe, page-probe.ts): blocks that cannot are never given to the matcher,
   * and a scan with none never asks for it. Every block may, when not given.
   */
  mayMatch?(block: TextBlock): boolean;
  getClaim(id: string): PageClaim | undefined;
  getSettings(): Settings;
  /** The page session's sources cache, for cards. */
  sources: CardDeps['sources'];
  /** The card UI, loaded into the frame when the first card opens. */
  loadCardUi: CardDeps['loadUi'];
  report(claims: PageClaimSummary[]): void;
  recordFalsePositive(a: BlockAnnotation): Promise<void>;
  forceFallback?: boolean;
  /** False once the extension context is gone (reload, update); asking tears Kensho down before it touches an API. */
  alive?(): boolean;
  /** The article's publication date, if the page gives one: claims are shown as they stood then. */
  pageDate?(): string | undefined;
}

export class Annotator {
  readonly layer: Layer;
  /**
   * The highlights and the card, made with the first annotation (see shown): a page where nothing is found registers
   * no highlight and builds no card controller.
   */
  private ui: { painter: Painter; cards: CardController } | null = null;
  private list: LiveAnnotation[] = [];
  private roots: Element[] = [];
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();
  private layoutPending = false;
  private readonly clips: ScrollClips;
  /** Sentences the reader rejected for a claim ("not this claim"): never annotated again on this page. */
  private readonly rejected = new Set<string>();
  /** performance.now() of the first marker placed (for the e2e budget). */
  firstAnnotationAt: number | null = null;
  /** The language the markers are labelled in. */
  private markerLang: Lang;

  constructor(private readonly deps: AnnotatorDeps) {
    this.markerLang = deps.lang();
    this.layer = new Layer(deps.doc);
    this.clips = new ScrollClips(deps.doc);
    deps.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** The painter and cards, made on first use. */
  private shown(): { painter: Painter; cards: CardController } {
    if (this.ui) return this.ui;
    const { deps } = this;
    const painter = createPainter(deps.doc, this.layer, deps.getSettings().highlightStyle, deps.forceFallback);
    const cards = new CardController({
      layer: this.layer,
      signal: deps.signal,
      lang: deps.lang,
      getClaim: deps.getClaim,
      getSettings: deps.getSettings,
      sources: deps.sources,
      loadUi: deps.loadCardUi,
      pageDate: deps.pageDate,
      gone: () => this.gone(),
      onActiveChange: (a) => painter.setActive(a?.range ?? null),
      onNotThisClaim: async (a) => {
        if (this.gone()) return;
        await deps.recordFalsePositive(a);
        this.rejected.add(rejectKey(a));
        painter.remove(a.range);
      },
    });
    return (this.ui = { painter, cards });
  }

  /** Annotations in page order. */
  ordered(): LiveAnnotation[] {
    return [...this.list].sort(comparePageOrder);
  }

  /** Forgets everything and scans the whole page again (first run, SPA navigation, settings or evidence change). */
  rescanAll(): Promise<void> {
    const gen = ++this.generation;
    return this.enqueue(async () => {
      this.clear();
      await this.scanRoots(() => (this.roots = findArticleRoots(this.deps.doc)), gen);
    });
  }

  /**
   * Rescans the given elements (from a mutation batch): unchanged blocks keep their annotations, new text is scanned.
   */
  rescanElements(elements: Element[]): Promise<void> {
    const gen = this.generation;
    return this.enqueue(async () => {
      this.sweepDetached();
      const targets = this.inScope(elements);
      if (targets.length > 0) await this.scanRoots(() => targets, gen);
      else this.reportNow();
    });
  }

  /** Drops every annotation (page paused, SPA navigation) without rescanning. */
  clear(): void {
    this.ui?.cards.close(false);
    for (const a of this.list) this.drop(a, false);
    this.list = [];
    this.markerLang = this.deps.lang();
  }

  /** Scrolls to the `occurrence`-th annotation of a claim (page order) and opens its card. */
  reveal(claimId: string, occurrence: number): boolean {
    const a = this.ordered().filter((x) => x.match.claimId === claimId)[occurrence];
    if (!a) return false;
    const el = a.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.layout();
    return this.shown().cards.open(a);
  }

  /** Applies look-only settings (highlight style, source filters, theme, language) without rescanning. */
  applyLook(): void {
    this.ui?.painter.setStyle(this.deps.getSettings().highlightStyle);
    if (this.deps.lang() !== this.markerLang) {
      this.markerLang = this.deps.lang();
      for (const a of this.list) a.marker.setLabel(this.markerLabel(a), this.markerLang);
    }
    this.ui?.cards.refresh();
  }

  dispose(): void {
    this.generation++;
    this.clear();
    this.ui?.cards.dispose();
    this.ui?.painter.dispose();
    this.layer.dispose();
  }

  /** True once disposed or orphaned; an orphaned context aborts `signal` while answering, which disposes everything. */
  private gone(): boolean {
    return this.deps.signal.aborted || this.deps.alive?.() === false;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = () => (this.gone() ? Promise.resolve() : task());
    this.queue = this.queue.then(run, run).catch((err) => {
      if (!this.deps.signal.aborted) console.debug('[kensho] scan failed', err);
    });
    return this.queue;
  }

  private stale(gen: number): boolean {
    return gen !== this.generation || this.deps.signal.aborted;
  }

  /**
   * Extracts blocks from the roots `findRoots` gives (finding them counts towards the first slice), then annotates
   * them nearest-to-viewport first. Both run as stepped work in time slices (core/steps.ts, the one time slicer);
   * between annotation slices, markers are placed for what was found so far.
   */
  private async scanRoots(findRoots: () => Element[], gen: number): Promise<void> {
    const slicing = (beforeYield?: () => void): SliceOptions => ({
      sliceMs: SLICE_MS,
      signal: this.deps.signal,
      yieldFn: () => {
        beforeYield?.();
        return yieldToPage(this.deps.doc.defaultView ?? undefined);
      },
    });
    // On a task of its own: a scan is asked for from the session's start-up (itself on its own task after
    // DOMContentLoaded, dom-ready.ts) or a mutation batch, whose task should not also carry an extraction slice.
    const extracted = await runSteps(this.extractSteps(findRoots, gen), { ...slicing(), yieldFirst: true });
    if (!extracted) return;
    const { roots, blocks, candidates, loading } = extracted;
    const keep = this.keepUnchanged(roots, blocks);
    const todo = candidates.filter((b) => !keep.has(blockKey(b)));
    if (todo.length > 0) {
      const settings = this.deps.getSettings();
      // Asked again when the load started during extraction failed (the session does not remember a failure).
      const matcher = await Promise.resolve(loading ?? this.deps.getMatcher()).catch(() => this.deps.getMatcher());
      if (this.stale(gen)) return;
      // The matcher may just have come (engine.js evaluated, its index restored in that task's last slice): the
      // scan starts on a task of its own.
      const done = await runSteps(this.annotateSteps(todo, settings, matcher, gen), {
        ...slicing(() => this.layout()),
        yieldFirst: true,
      });
      if (!done) return;
    }
    this.layout();
    this.reportNow();
  }

  /**
   * One step per block found; null when a newer scan superseded this one. Blocks are probed as they are found; the
   * first that may match starts loading the matcher while the rest are extracted.
   */
  private *extractSteps(
    findRoots: () => Element[],
    gen: number,
  ): Generator<
    void,
    { roots: Element[]; blocks: TextBlock[]; candidates: TextBlock[]; loading?: Matcher | Promise<Matcher> } | null
  > {
    const roots = findRoots();
    const blocks: TextBlock[] = [];
    const candidates: TextBlock[] = [];
    let loading: Matcher | Promise<Matcher> | undefined;
    for (const root of roots) {
      for (const b of iterateBlocks(root)) {
        if (b) {
          blocks.push(b);
          // Every block is probed, also once the matcher is coming: the probe allocates next to nothing, the matcher's
          // scan of a block allocates enough that on a page of 20,000 claim-free paragraphs its GCs were long tasks.
          if (this.deps.mayMatch?.(b) ?? true) {
            if (!loading) Promise.resolve((loading = this.deps.getMatcher())).catch(() => {});
            candidates.push(b);
          }
        }
        yield;
        if (this.stale(gen)) return null;
      }
    }
    return { roots, blocks, candidates, loading };
  }

  /** One step per block annotated; false when a newer scan superseded this one. */
  private *annotateSteps(
    blocks: TextBlock[],
    settings: Settings,
    matcher: Matcher,
    gen: number,
  ): Generator<void, boolean> {
    for (const block of viewportFirst(blocks)) {
      for (const found of annotateBlock(block, matcher)) {
        if (settings.highlightStances.includes(found.match.stance) && !this.rejected.has(rejectKey(found)))
          this.add(found);
      }
      yield;
      if (this.stale(gen)) return false;
    }
    return true;
  }

  /**
   * Keeps annotations whose block is byte-for-byte unchanged; drops the rest under `roots`. Returns kept block keys.
   */
  private keepUnchanged(roots: Element[], blocks: TextBlock[]): Set<string> {
    const fresh = new Set(blocks.map(blockKey));
    const kept = new Set<string>();
    this.list = this.list.filter((a) => {
      if (!roots.some((r) => r.contains(a.block.element))) return true;
      if (isBlockIntact(a.block) && fresh.has(blockKey(a.block))) return (kept.add(blockKey(a.block)), true);
      this.drop(a, true);
      return false;
    });
    return kept;
  }

  private add(found: BlockAnnotation): void {
    const range = rangeForOffsets(found.block, found.start, found.end);
    if (!range) return;
    const { doc, signal } = this.deps;
    const live = { ...found, range } as LiveAnnotation;
    const state = this.shownState(found);
    const { painter, cards } = this.shown();
    live.marker = createMarker(doc, {
      claimId: found.match.claimId,
      stance: found.match.stance,
      state,
      label: this.markerLabel(found, state),
      lang: this.markerLang,
      onOpen: () => (this.gone() ? undefined : cards.current === live ? cards.close(true) : cards.open(live)),
      signal,
    });
    painter.add(range, state === 'overtaken' || state === 'retracted' ? 'outdated' : state);
    this.layer.host.appendChild(live.marker.host);
    this.list.push(live);
  }

  /**
   * The sentence's stance, unless its claim was overtaken or retracted at the page's date (src/core/claim-status.ts).
   */
  private shownState(found: BlockAnnotation): ShownState {
    return shownState(
      found.match.stance,
      statusAt(this.deps.getClaim(found.match.claimId)?.updates, this.deps.pageDate?.()),
    );
  }

  /** "Kensho fact-check: <stance or state>. Claim: <statement>" in the markers' language. */
  private markerLabel(found: BlockAnnotation, state: ShownState = this.shownState(found)): string {
    const t = markerText(this.markerLang);
    const statement = this.deps.getClaim(found.match.claimId)?.statement[this.markerLang] ?? found.match.claimId;
    return t('marker_label', [t(`card_stance_${state}`), statement]);
  }

  private drop(a: LiveAnnotation, fromList: boolean): void {
    if (this.ui?.cards.current === a) this.ui.cards.close(false);
    this.ui?.painter.remove(a.range);
    a.marker.remove();
    if (fromList) this.list = this.list.filter((x) => x !== a);
  }

  /** Drops annotations whose text nodes were removed or edited. */
  private sweepDetached(): void {
    for (const a of this.list.filter((x) => !isBlockIntact(x.block))) this.drop(a, true);
  }

  /** Keeps the mutation targets that are article text: inside a root, or new top-level articles (infinite scroll). */
  private inScope(elements: Element[]): Element[] {
    const out: Element[] = [];
    for (const el of elements) {
      if (!el.isConnected) continue;
      if (this.roots.some((r) => r.contains(el))) out.push(el);
      else {
        const articles = el.matches('article') ? [el] : [...el.querySelectorAll('article')];
        const fresh = articles.filter((x) => !x.parentElement?.closest('article') && !this.roots.includes(x));
        this.roots.push(...fresh);
        out.push(...fresh);
      }
    }
    // Outermost only: scanning a parent already covers its descendants.
    return out.filter((el, i) => !out.some((o, j) => j !== i && o !== el && o.contains(el)));
  }

  /** Places markers (and fallback boxes, and an open card) from current layout: one read pass, then writes. */
  layout(): void {
    // Nothing placed yet, nothing to place: the page is left untouched (no layer, no layout read).
    if (this.gone() || (!this.list.length && !this.layer.host.isConnected)) return;
    this.layer.ensureAttached();
    const origin = this.layer.origin();
    const viewportWidth = this.deps.doc.documentElement.clientWidth;
    // One layout read per block, however many sentences it holds.
    const rights = new Map<Element, number>();
    const gutterOf = (el: Element) => {
      if (!rights.has(el)) rights.set(el, el.getBoundingClientRect().right);
      return { right: rights.get(el)!, viewportWidth };
    };
    const clipOf = this.clips.pass();
    const places = this.list.map((a) =>
      markerPosition(a.range, origin, gutterOf(a.block.element), clipOf(a.block.element)),
    );
    spreadMarkers(places);
    this.list.forEach((a, i) => a.marker.place(places[i]!));
    this.ui?.painter.layout();
    this.ui?.cards.refresh();
    if (this.firstAnnotationAt === null && places.some(Boolean)) this.firstAnnotationAt = performance.now();
  }

  /** A box inside the page scrolled: re-place markers only if it holds annotated text (a ticker does not). */
  onInnerScroll(target: EventTarget | null): void {
    // Runs on every scroll event of every box on the page (tickers too): no arrays or sets per event.
    if (this.list.length && ScrollClips.moves(target, this.blockElements())) this.scheduleLayout();
  }

  private *blockElements(): Generator<Element> {
    for (const a of this.list) yield a.block.element;
  }

  /** Re-places everything on the next frame (resize, fonts, images). */
  scheduleLayout(): void {
    if (this.layoutPending) return;
    this.layoutPending = true;
    this.deps.doc.defaultView?.requestAnimationFrame(() => {
      this.layoutPending = false;
      this.layout();
    });
  }

  private reportNow(): void {
    if (!this.deps.signal.aborted) this.deps.report(summariseMatches(this.ordered().map((a) => a.match)));
  }
}

const blockKey = (b: TextBlock) => `${b.text.length}:${b.text}`;
const rejectKey = (a: BlockAnnotation) => `${a.match.claimId}\u0000${a.sentence}`;
