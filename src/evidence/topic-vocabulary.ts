/**
 * A topic file states the vocabulary its claims share once (`vocabulary`); everything downstream (the index, the
 * popup's vocabulary answer, exports) reads claims whole. This is the one place a file's claims are made whole:
 * each claim that takes the topic's vocabulary lists it ahead of its own words, each string once. No validation
 * here (the content script's bundle uses it on the trusted bundled files).
 */
import type { Claim, TopicFile } from './schema';

type Terms = Claim['terms'];

function joined(shared: Terms, own: Terms): Terms {
  return {
    en: [...new Set([...shared.en, ...own.en])],
    ja: [...new Set([...shared.ja, ...own.ja])],
  };
}

/** The claims of a topic file, each with the topic's shared vocabulary unless it opts out (`topicVocabulary: false`). */
export function claimsOf(file: Pick<TopicFile, 'claims' | 'vocabulary'>): Claim[] {
  const shared = file.vocabulary;
  return file.claims.map(({ topicVocabulary, ...claim }) =>
    shared && topicVocabulary !== false
      ? { ...claim, entities: joined(shared.entities, claim.entities), terms: joined(shared.terms, claim.terms) }
      : claim,
  );
}
