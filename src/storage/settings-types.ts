import { SENTENCE_STANCES, type SentenceStance, type Strictness } from '../shared/vocabulary';
import type { Lang, SourceSchema } from '../evidence/schema';
import type * as v from 'valibot';

type Source = v.InferOutput<typeof SourceSchema>;

/** Which sources the reader wants to see on cards and in the popup. Empty lists mean "no filter". */
export interface SourceFilters {
  hiddenPublishers: string[];
  hiddenKinds: Source['kind'][];
  hiddenLangs: Source['lang'][];
  hiddenStances: Source['stance'][];
  /** Hide sources older than this many months; null shows all. */
  maxAgeMonths: number | null;
}

export type HighlightStyle = 'background' | 'underline';
/** 'auto' follows prefers-color-scheme. */
export type Theme = 'auto' | 'light' | 'dark';
/** 'browser' follows the browser's UI language (Japanese when it is Japanese, else English). */
export type LanguageChoice = 'browser' | Lang;

/**
 * The reader's settings (current version, see SETTINGS_VERSION). Stored under `local:settings`, versioned and migrated.
 */
export interface Settings {
  enabled: boolean;
  strictness: Strictness;
  /** Stances whose sentences get a highlight. */
  highlightStances: SentenceStance[];
  highlightStyle: HighlightStyle;
  sourceFilters: SourceFilters;
  /** Default news hosts the reader switched off (e.g. "nikkei.com"). */
  disabledNewsSites: string[];
  /** Hosts where Kensho is paused (any site). */
  pausedSites: string[];
  /** Colour scheme of the popup, options and cards (v2). */
  theme: Theme;
  /** Show the per-tab claim count on the toolbar button (v2). */
  showBadge: boolean;
  /** Language of the cards, popup and options page: UI strings and claim statements (v3). */
  language: LanguageChoice;
}

/** Version of the stored settings shape; bump it together with a migration in settings-migrations.ts. */
export const SETTINGS_VERSION = 3;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  strictness: 'balanced',
  highlightStances: [...SENTENCE_STANCES],
  highlightStyle: 'background',
  sourceFilters: { hiddenPublishers: [], hiddenKinds: [], hiddenLangs: [], hiddenStances: [], maxAgeMonths: null },
  disabledNewsSites: [],
  pausedSites: [],
  theme: 'auto',
  showBadge: true,
  language: 'browser',
};
