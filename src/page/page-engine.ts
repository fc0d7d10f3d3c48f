/**
 * The contract between the always-on content script and the engine, which loads on demand (entrypoints/engine.ts): the
 * matcher with the bundled claims' compiled index and the bundled claims themselves, injected by the worker into a
 * frame once the probe fires there (src/core/probe.ts) or the reader has added claims. Both scripts run in the frame's
 * isolated world, so engine.js leaves a typed object there (src/shared/isolated-world.ts). Type imports only, apart
 * from that: this file must not pull the engine in.
 */
import type { SliceOptions } from '../core/steps';
import type { Matcher, MatcherOptions } from '../core/types';
import type { ClaimVocabulary, PageClaim } from '../evidence/page-claims';
import { installedInWorld, installInWorld, worldKey } from '../shared/isolated-world';

/** What a frame gives the engine: how to ask for the bundled vocabulary, and how to give the thread back. */
export interface PageMatchingDeps {
  /** The bundled claims' vocabulary (`claims/vocabulary`), asked only to index added claims with them. */
  vocabulary(): Promise<ClaimVocabulary[]>;
  slicing: SliceOptions & { yieldFn: () => Promise<void> };
}

/** One frame's matching, made once per frame. */
export interface PageMatching {
  /** The bundled claims, then `added` (packs, feeds), merged by the one rule (evidence/merge-claims.ts). */
  claims(added: readonly PageClaim[]): PageClaim[];
  /** A matcher over `list` (the bundled index restored once per frame; src/page/page-matcher.ts). */
  createMatcher(list: readonly PageClaim[], options: MatcherOptions): Promise<Matcher>;
}

/** What engine.js installs. */
export interface PageEngine {
  forPage(deps: PageMatchingDeps): PageMatching;
}

/** Where engine.js leaves the engine. */
export const PAGE_ENGINE_KEY = worldKey('engine');

/** Makes `engine` available to the content script in this world (called by engine.js). */
export function installPageEngine(scope: object, engine: PageEngine): void {
  installInWorld(scope, PAGE_ENGINE_KEY, engine);
}

/** The engine installed in this world, if engine.js ran here and left a well-formed one; else null. */
export function installedPageEngine(scope: object): PageEngine | null {
  return installedInWorld<PageEngine>(scope, PAGE_ENGINE_KEY, ['forPage']);
}
