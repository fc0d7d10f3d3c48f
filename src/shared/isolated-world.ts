/**
 * How the on-demand scripts (card.js, engine.js) hand the always-on content script what they bring: an object left in
 * the frame's isolated world (content scripts of one extension share it; the page cannot see it), under a name per
 * build: after an update, the content script the worker starts in an open tab must not pick up an older one left
 * there by the orphaned script.
 */
declare const __KENSHO_BUILD__: string | undefined;

/** `kensho:<what>:<build>`, the name `what` is left under in this build. */
export function worldKey(what: string): string {
  return `kensho:${what}:${typeof __KENSHO_BUILD__ === 'string' ? __KENSHO_BUILD__ : 'dev'}`;
}

/** Leaves a frozen copy of `value` under `key` in this world (called by the on-demand script). */
export function installInWorld(scope: object, key: string, value: object): void {
  Object.defineProperty(scope, key, { value: Object.freeze({ ...value }), configurable: true });
}

/** The object under `key` when it has every function `methods` names; else null (missing, malformed, foreign). */
export function installedInWorld<T>(scope: object, key: string, methods: readonly (keyof T & string)[]): T | null {
  const value: unknown = (scope as Record<string, unknown>)[key];
  if (typeof value !== 'object' || value === null) return null;
  return methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function') ? (value as T) : null;
}
