/**
 * Loads the engine into this frame on first use (engine.js, injected by the worker: `engine/load`), and makes the
 * frame's matching from it once.
 */
import { onDemandLoader } from './card-loader';
import { installedPageEngine, type PageEngine, type PageMatching, type PageMatchingDeps } from './page-engine';
import { pageTimings } from './page-timings';

export interface EngineLoaderDeps extends PageMatchingDeps {
  /** Asks the worker to inject engine.js into this frame; resolves once it ran. */
  request(): Promise<void>;
  /** The page's publication date, given with every matcher call. */
  published(): string | undefined;
  scope?: object;
}

/**
 * Returns the frame's matching: at once once made, else a promise of it. The load is tried twice (the worker may
 * restart between the ask and the injection); a failed one is not remembered, so the next scan asks again.
 */
export function pageMatchingLoader(deps: EngineLoaderDeps): () => PageMatching | Promise<PageMatching> {
  const load = onDemandLoader(deps.request, installedPageEngine, 'engine', { scope: deps.scope, attempts: 2 });
  let matching: PageMatching | null = null;
  const take = (engine: PageEngine): PageMatching => {
    if (matching) return matching;
    const m = engine.forPage({ vocabulary: deps.vocabulary, slicing: deps.slicing });
    return (matching = {
      claims: m.claims,
      createMatcher: (list, options) => m.createMatcher(list, { ...options, published: deps.published }),
    });
  };
  return () => {
    if (matching) return matching;
    const t0 = performance.now();
    const engine = load();
    if (!(engine instanceof Promise)) return take(engine);
    return engine.then((e) => {
      pageTimings().engineLoadWallMs = performance.now() - t0;
      return take(e);
    });
  };
}
