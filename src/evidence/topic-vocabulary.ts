/**
 * A topic file states once what its claims share: the vocabulary every claim takes (`vocabulary`) and the term lists
 * several claims require (`termGroups`, named in a claim's `requires`). Everything downstream (the index, the popup's
 * vocabulary answer, exports) reads claims whole. This is the one place a file's claims are made whole: each claim
 * that takes the topic's vocabulary lists it ahead of its own words, each string once, and each group name in its
 * requirements becomes the group's terms. No schema validation here (the content script's bundle uses it on the
 * trusted bundled files); a name the file does not define throws, naming the claim and the group.
 */
import type { Claim, FileClaim, TopicFile } from './schema';

type Terms = Claim['terms'];
type TermGroups = TopicFile['termGroups'];

function joined(shared: Terms, own: Terms): Terms {
  return {
    en: [...new Set([...shared.en, ...own.en])],
    ja: [...new Set([...shared.ja, ...own.ja])],
  };
}

/** A claim's requirements with every group name replaced by the group's terms. */
function resolvedRequires(claim: FileClaim, groups: TermGroups): Claim['requires'] {
  const req = claim.requires;
  if (!req) return undefined;
  const terms = (item: Terms | string): Terms => {
    if (typeof item !== 'string') return item;
    const group = groups?.[item];
    if (!group)
      throw new Error(`claim "${claim.id}" requires term group "${item}", which its topic file does not define`);
    return group;
  };
  const out: NonNullable<Claim['requires']> = {};
  if (req.actors) out.actors = req.actors.map(terms);
  if (req.events) out.events = req.events.map(terms);
  if (req.comparison) out.comparison = terms(req.comparison);
  if (req.era) out.era = terms(req.era);
  if (req.excludes) out.excludes = terms(req.excludes);
  return out;
}

/** The claims of a topic file, made whole (see above). */
export function claimsOf(file: Pick<TopicFile, 'claims' | 'vocabulary' | 'termGroups'>): Claim[] {
  const shared = file.vocabulary;
  return file.claims.map(({ topicVocabulary, ...fileClaim }) => {
    const claim: Claim = { ...fileClaim, requires: resolvedRequires(fileClaim, file.termGroups) };
    if (claim.requires === undefined) delete claim.requires;
    return shared && topicVocabulary !== false
      ? { ...claim, entities: joined(shared.entities, claim.entities), terms: joined(shared.terms, claim.terms) }
      : claim;
  });
}
