import * as v from 'valibot';
import { LANGS, SOURCE_KINDS, SOURCE_STANCES } from '../shared/vocabulary';
import { UPDATE_STATUSES } from '../core/claim-status';
import { TOPICS } from './topics';

/** Ids are lowercase kebab/dot slugs so they are safe in attributes, URLs and file names. */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be a lowercase slug like "debt.google-2025"'),
  v.maxLength(80),
);
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));
/** YYYY, YYYY-MM or YYYY-MM-DD: sources are dated, sometimes only to the month. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date like 2025-10-14'),
);
const HttpUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
  v.maxLength(2048),
);

export const Bilingual = (max: number) => v.strictObject({ en: Text(max), ja: Text(max) });
const TermList = (max: number) => v.pipe(v.array(Text(60)), v.maxLength(max));
export const BilingualTerms = v.strictObject({ en: TermList(80), ja: TermList(80) });

// Defined with the other shared words, so settings can name them without bringing these schemas into news pages.
export { LANGS, SOURCE_KINDS, SOURCE_STANCES };
/** Units a figure can carry. Currencies are ISO codes; comparisons only happen within one unit. */
export const FIGURE_UNITS = ['USD', 'JPY', 'percent', 'GW', 'seconds', 'count', 'year', 'USD-cents'] as const;
export const QUALIFIERS = ['exact', 'about', 'over', 'under', 'up-to'] as const;

/** Kinds of source that are commentary, not reporting: alone they cannot corroborate a claim. */
export const COMMENTARY_KINDS: readonly (typeof SOURCE_KINDS)[number][] = ['blog', 'video'];
export const CORROBORATION = ['commentary-only'] as const;

export const SourceSchema = v.strictObject({
  /**
   * Optional only because some sources have no known address (the seed post itself, titles it cites without a link);
   * never invent one.
   */
  url: v.optional(HttpUrl),
  publisher: Text(120),
  kind: v.picklist(SOURCE_KINDS),
  lang: v.picklist(LANGS),
  date: IsoDate,
  /** The page's own headline, in its own language; left out when it could not be seen (say why in `note`). */
  title: v.optional(Text(300)),
  stance: v.picklist(SOURCE_STANCES),
  summary: Text(400),
  /**
   * For the people who keep the evidence: provenance remarks (why a title is missing, what was checked). Never a title.
   */
  note: v.optional(Text(300)),
  /** A syndicated copy or aggregator: the original publisher it carries (e.g. "Reuters" for a Yahoo copy). */
  via: v.optional(Text(120)),
});

export const UpdateSchema = v.strictObject({
  /** When the development happened or was first reported (YYYY-MM-DD). */
  date: IsoDate,
  status: v.picklist(UPDATE_STATUSES),
  summary: Bilingual(400),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source'), v.maxLength(20)),
});

export const FigureSchema = v.strictObject({
  value: v.pipe(v.number(), v.finite()),
  unit: v.picklist(FIGURE_UNITS),
  /** Multiplier for value: 1, 1e6, 1e9, 1e12. value * scale is the absolute amount. */
  scale: v.picklist([1, 1e3, 1e6, 1e9, 1e12]),
  qualifier: v.picklist(QUALIFIERS),
  measures: Bilingual(200),
  asOf: IsoDate,
});

/**
 * What a sentence must name to make a claim about one actor or event, beyond sharing its vocabulary: each actor
 * group (one of its names), each event group (one of its terms: what happened, to what), the comparison the claim
 * makes (one of its terms).
 * A generic sentence that shares a topic's words, or names another actor, then does not match the claim.
 */
function requiresOf<T extends v.GenericSchema>(item: T) {
  return v.strictObject({
    actors: v.optional(v.pipe(v.array(item), v.minLength(1), v.maxLength(4))),
    events: v.optional(v.pipe(v.array(item), v.minLength(1), v.maxLength(4))),
    comparison: v.optional(item),
    /**
     * When the claim's event took place (the crash of 2000–2002): a sentence must name the era, or agree with one of
     * the claim's own figures, so the same kind of event today (the index down 3% on the day) is not it.
     */
    era: v.optional(item),
    /**
     * What rules the claim out: the opposite event (a hold, not a cut) or the event only forecast, projected or
     * called for ("expected to cut", 利下げ観測). A sentence naming any of these does not make the claim.
     */
    excludes: v.optional(item),
  });
}

/** A name for a list of terms a topic file states once in its `termGroups` ("debt", "openai"). */
export const TermGroupName = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'a term group name is lower-case'));

/** A claim as used everywhere: every requirement spelled out. */
export const RequiresSchema = requiresOf(BilingualTerms);
/** A claim in a topic file: a requirement may name one of the file's term groups instead (topic-vocabulary.ts). */
export const FileRequiresSchema = requiresOf(v.union([BilingualTerms, TermGroupName]));

export const ClaimSchema = v.strictObject({
  id: Id,
  topic: v.picklist(TOPICS),
  /**
   * When the claim is about one dated event (a deal's announcement, a launch, a report's release): the event's
   * date. Pages published well before it are not matched to the claim. Omit for ongoing or historical matters.
   */
  since: v.optional(IsoDate),
  statement: Bilingual(400),
  summary: Bilingual(300),
  /** Named actors the claim is about (NVIDIA / エヌビディア); strong anchors for matching. */
  entities: BilingualTerms,
  /** Topical vocabulary and aliases (bonds / 社債 / circular financing / 還流). */
  terms: BilingualTerms,
  /**
   * `false`: the claim does not take its topic file's shared `vocabulary` (a counter-claim or a narrower claim
   * whose own words say what it is about). Means nothing outside a topic file.
   */
  topicVocabulary: v.optional(v.literal(false)),
  figures: v.pipe(v.array(FigureSchema), v.maxLength(20)),
  /** What a sentence must name to make this claim (see RequiresSchema); set by scripts/claim-requirements.ts. */
  requires: v.optional(RequiresSchema),
  /** Ids of claims this claim contradicts; links are symmetric across the evidence base. */
  disputes: v.pipe(v.array(Id), v.maxLength(20)),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source'), v.maxLength(50)),
  /**
   * `commentary-only`: no independent source supports the claim; it rests on the commentary that made it (a blog
   * post, a video). The card says so, so a reader never takes it for a checked fact.
   */
  corroboration: v.optional(v.picklist(CORROBORATION)),
  /** When someone last checked the claim against the news (YYYY-MM-DD). Optional so older packs still import. */
  reviewed: v.optional(IsoDate),
  /** Dated developments since the claim was made, oldest first. */
  updates: v.optional(v.pipe(v.array(UpdateSchema), v.maxLength(40))),
});

/** A claim as written in a topic file (its requirements may name the file's term groups). */
export const FileClaimSchema = v.strictObject({ ...ClaimSchema.entries, requires: v.optional(FileRequiresSchema) });

/**
 * Vocabulary the claims of one topic file share, stated once in the file: every claim of the file takes it, its
 * names as entities and its terms as terms, unless the claim says `topicVocabulary: false` (topic-vocabulary.ts).
 */
export const TopicVocabularySchema = v.strictObject({
  entities: BilingualTerms,
  terms: v.strictObject({ en: TermList(200), ja: TermList(200) }),
});

/** One human-editable file in data/: the claims of one topic, and the vocabulary they share. */
export const TopicFileSchema = v.strictObject({
  topic: v.picklist(TOPICS),
  vocabulary: v.optional(TopicVocabularySchema),
  /** Term lists several of the file's claims require (the borrowing words of every debt claim), stated once. */
  termGroups: v.optional(v.record(TermGroupName, BilingualTerms)),
  claims: v.pipe(v.array(FileClaimSchema), v.minLength(1)),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type ClaimUpdate = v.InferOutput<typeof UpdateSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type TopicFile = v.InferOutput<typeof TopicFileSchema>;
export type FileClaim = v.InferOutput<typeof FileClaimSchema>;
export type TopicVocabulary = v.InferOutput<typeof TopicVocabularySchema>;
export type Lang = (typeof LANGS)[number];
