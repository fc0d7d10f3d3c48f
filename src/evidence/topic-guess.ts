import { TOPICS, type Topic } from './topics';
import { DEFAULT_POLICY, wordAlternation, type Policy } from '../core/policy';

/**
 * Guessing the topic of a third-party claim (ClaimReview import) from the policy's per-topic keywords
 * (data/policy/matching.json `topicKeywords`). Latin keywords match whole words ("alpha" is not in "Alphabet",
 * "roi" not in "Android"); Japanese ones match anywhere. Deliberately coarse: a guess needs at least one hit and a
 * clear winner, otherwise the importer asks for an explicit topic rather than filing a claim in the wrong place.
 */
const patterns = new WeakMap<Policy, [Topic, RegExp[]][]>();

function patternsOf(policy: Policy): [Topic, RegExp[]][] {
  let p = patterns.get(policy);
  if (!p) {
    p = TOPICS.map((t) => [
      t,
      (policy.topicKeywords[t] ?? []).map((k) =>
        /^[\x20-\x7e]+$/.test(k) ? new RegExp(`\\b(?:${wordAlternation([k])})\\b`) : new RegExp(wordAlternation([k])),
      ),
    ]);
    patterns.set(policy, p);
  }
  return p;
}

/** Best-scoring topic for a text, or undefined when nothing matches or two topics tie. */
export function guessTopic(text: string, policy: Policy = DEFAULT_POLICY): Topic | undefined {
  const haystack = text.toLowerCase();
  const scored = patternsOf(policy)
    .map(([topic, res]) => ({ topic, hits: res.filter((re) => re.test(haystack)).length }))
    .sort((a, b) => b.hits - a.hits);
  const [best, second] = scored;
  if (!best || best.hits === 0 || (second && second.hits === best.hits)) return undefined;
  return best.topic;
}
