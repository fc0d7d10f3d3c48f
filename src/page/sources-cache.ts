/**
 * Summaries, sources and dated updates of the claims whose cards the reader opens, fetched from the background (content
 * scripts hold claims without them) once per claim and page session. Owned by the session: its signal ends pending
 * requests and timers.
 */
import type { ClaimSources } from '../messaging/protocol';

/** What a card needs from the background for one claim. */
export type ClaimEvidence = Pick<ClaimSources, 'summary' | 'sources' | 'updates'>;

/** How long a card waits for the background before offering a retry; a stopped worker restarts well within it. */
export const SOURCES_TIMEOUT_MS = 10_000;

/** Asks the background for sources (`claim/sources`). */
export type FetchSources = (claimIds: string[]) => Promise<ClaimSources[]>;

/** A bilingual summary as the background sends it (anything else is dropped: the card then shows none). */
function isSummary(x: unknown): x is NonNullable<ClaimSources['summary']> {
  const s = x as Record<string, unknown> | null;
  return typeof s === 'object' && s !== null && typeof s.en === 'string' && typeof s.ja === 'string';
}

export class SourcesCache {
  private readonly known = new Map<string, ClaimEvidence>();
  private readonly pending = new Map<string, Promise<ClaimEvidence>>();
  /** Bumped by clear(): an answer to an older request is handed to its caller but not cached. */
  private generation = 0;

  constructor(
    private readonly ask: FetchSources,
    private readonly signal: AbortSignal,
    private readonly timeoutMs = SOURCES_TIMEOUT_MS,
  ) {
    signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  /** The claim's sources and updates if already fetched. */
  peek(claimId: string): ClaimEvidence | undefined {
    return this.known.get(claimId);
  }

  /** The claim's sources and updates, fetched once; rejects (and is not cached) when the background cannot answer. */
  load(claimId: string): Promise<ClaimEvidence> {
    const known = this.known.get(claimId);
    if (known) return Promise.resolve(known);
    const pending = this.pending.get(claimId);
    if (pending) return pending;
    const gen = this.generation;
    const request = this.request(claimId).then(
      (evidence) => {
        if (gen === this.generation) {
          this.pending.delete(claimId);
          this.known.set(claimId, evidence);
        }
        return evidence;
      },
      (err: unknown) => {
        if (gen === this.generation) this.pending.delete(claimId);
        throw err;
      },
    );
    this.pending.set(claimId, request);
    return request;
  }

  /** Forgets everything (the claim list changed: a pack's sources may have too). */
  clear(): void {
    this.generation++;
    this.known.clear();
    this.pending.clear();
  }

  private request(claimId: string): Promise<ClaimEvidence> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) return reject(new Error('the page session ended'));
      // Settled one way or another: the timer and the session listener go at once.
      const done = new AbortController();
      const fail = (why: string) => {
        done.abort();
        reject(new Error(why));
      };
      const timer = setTimeout(() => fail('the background did not answer'), this.timeoutMs);
      done.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
      this.signal.addEventListener('abort', () => fail('the page session ended'), { once: true, signal: done.signal });
      // A stopped worker is woken by the message; an orphaned context (extension reloaded) throws, which rejects.
      Promise.resolve()
        .then(() => this.ask([claimId]))
        .then((reply) => {
          const hit = Array.isArray(reply) ? reply.find((r) => r?.claimId === claimId) : undefined;
          if (!hit || !Array.isArray(hit.sources) || !Array.isArray(hit.updates))
            throw new Error('no sources in the background’s answer');
          const summary = isSummary(hit.summary) ? { summary: hit.summary } : {};
          resolve({ ...summary, sources: hit.sources, updates: hit.updates });
        })
        .catch(reject)
        .finally(() => done.abort());
    });
  }
}
