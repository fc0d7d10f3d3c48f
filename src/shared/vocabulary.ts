/**
 * Words every layer shares: the engine decides them, storage keeps them, messages carry them, pages show them. One
 * definition here so the lists cannot drift; this module imports nothing, so any layer may import it.
 */

/** How a sentence relates to a claim (not a source's stance: that is evidence/schema's SOURCE_STANCES). */
export const SENTENCE_STANCES = ['supports', 'disputes', 'neutral'] as const;
export type SentenceStance = (typeof SENTENCE_STANCES)[number];

/**
 * Named strictness levels, loosest first (the order the options page offers them); the engine maps them to thresholds.
 */
export const STRICTNESS_LEVELS = ['loose', 'balanced', 'strict'] as const;
export type Strictness = (typeof STRICTNESS_LEVELS)[number];

/** Whether `s` names a strictness level (for input from outside: command-line flags, imported settings). */
export function isStrictness(s: string): s is Strictness {
  return (STRICTNESS_LEVELS as readonly string[]).includes(s);
}

/** The two languages of evidence, cards and the reader's choice. */
export const LANGS = ['en', 'ja'] as const;

/** What kind of publication a source is, and how it bears on its claim (evidence/schema.ts validates both). */
export const SOURCE_KINDS = ['news-agency', 'newspaper', 'magazine', 'video', 'blog', 'research', 'official'] as const;
export const SOURCE_STANCES = ['supports', 'disputes', 'context'] as const;

/** The most of a "not this claim" sentence a report keeps: the page cuts it, the worker checks it, storage keeps it. */
export const REPORT_SENTENCE_CHARS = 500;
