/**
 * Which claim a labelled row's stance is about, read WITHOUT the engine: the engine is what is being judged, so it
 * must not also pick the gold label. A row gives its topic and a short English gloss of its claim; the gold claim
 * is the claim of that topic whose English statement shares the most content words with the gloss (plain word
 * overlap, stemmed to five letters, a word weighted by how few of the topic's claims use it; ties and no overlap
 * leave the claim unknown).
 */
import type { Claim } from '../../evidence/schema';

const STOP = new Set(
  'a an the of to in on for by with from as at and or but is are was were be been its it this that than into over under about up via vs e g eg ai'.split(
    ' ',
  ),
);

/** Content words of an English text, stemmed to their first five letters ("borrowing" and "borrows" meet). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^a-z0-9$%]+/)) if (w.length > 1 && !STOP.has(w)) out.add(w.slice(0, 5));
  return out;
}

/** The claim of `topic` a gloss names, or undefined when no claim shares a word with it or two tie. */
export function glossClaim(
  claims: readonly Claim[],
  topic: string | null,
  gloss: string | null | undefined,
): Claim | undefined {
  if (!topic || !gloss) return undefined;
  const want = contentWords(gloss);
  const mine = claims.filter((c) => c.topic === topic);
  const words = mine.map((c) => contentWords(c.statement.en));
  // A word most of the topic's claims use tells them apart less: weight by how few claims share it.
  const weight = (w: string) => 1 / words.filter((s) => s.has(w)).length;
  let best: Claim | undefined;
  let bestScore = 0;
  let tie = false;
  mine.forEach((c, i) => {
    let score = 0;
    for (const w of want) if (words[i]!.has(w)) score += weight(w);
    if (score > bestScore + 1e-9) [best, bestScore, tie] = [c, score, false];
    else if (score > 0 && Math.abs(score - bestScore) <= 1e-9) tie = true;
  });
  return tie ? undefined : best;
}

export interface ShownMatch {
  claimId: string;
  topic: string;
  stance: 'supports' | 'disputes' | 'neutral';
}

/**
 * The polarity Kensho shows against the gold claim (see shared/eval/README.md): supporting the claim or disputing
 * a claim that disputes it is `supports`; disputing it or supporting a claim that disputes it is `disputes`. The
 * judged match is the first shown that is the gold claim or linked to it by `disputes`; failing that (or with no
 * gold claim) the first on the row's topic, taken at face value.
 */
export function shownPolarity(
  matches: readonly ShownMatch[],
  topic: string | null,
  gold: Claim | undefined,
  disputesOf: (id: string) => readonly string[],
): ShownMatch['stance'] | null {
  if (gold) {
    const linked = new Set([
      ...gold.disputes,
      ...[...matches].filter((m) => disputesOf(m.claimId).includes(gold.id)).map((m) => m.claimId),
    ]);
    for (const m of matches) {
      if (m.claimId === gold.id) return m.stance;
      if (linked.has(m.claimId))
        return m.stance === 'supports' ? 'disputes' : m.stance === 'disputes' ? 'supports' : 'neutral';
    }
  }
  const onTopic = matches.find((m) => m.topic === topic);
  return onTopic ? onTopic.stance : null;
}
