import * as v from 'valibot';
import { isRecord } from '../shared/is-record';
import { LANGS, SENTENCE_STANCES, SOURCE_KINDS, SOURCE_STANCES, STRICTNESS_LEVELS } from '../shared/vocabulary';
import { DEFAULT_SETTINGS, type Settings, type SourceFilters } from './settings-types';

const Host = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9.-]{1,253}$/), v.maxLength(253));
const HostList = v.pipe(v.array(Host), v.maxLength(2000));
const Unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** One schema per top-level field, so a corrupt field falls back to its default alone. */
const FIELDS = {
  enabled: v.boolean(),
  strictness: v.picklist(STRICTNESS_LEVELS),
  highlightStances: v.array(v.picklist(SENTENCE_STANCES)),
  highlightStyle: v.picklist(['background', 'underline']),
  disabledNewsSites: HostList,
  pausedSites: HostList,
  theme: v.picklist(['auto', 'light', 'dark']),
  showBadge: v.boolean(),
  language: v.picklist(['browser', ...LANGS]),
} satisfies { [K in Exclude<keyof Settings, 'sourceFilters'>]: v.GenericSchema };

const FILTER_FIELDS = {
  hiddenPublishers: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))), v.maxLength(500)),
  hiddenKinds: v.array(v.picklist(SOURCE_KINDS)),
  hiddenLangs: v.array(v.picklist(LANGS)),
  hiddenStances: v.array(v.picklist(SOURCE_STANCES)),
  maxAgeMonths: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1200))),
} satisfies { [K in keyof SourceFilters]: v.GenericSchema };

function pick<S extends Record<string, v.GenericSchema>>(
  schemas: S,
  raw: Record<string, unknown>,
  defaults: { [K in keyof S]: unknown },
  path: string,
  repaired: string[],
): { [K in keyof S]: v.InferOutput<S[K]> } {
  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(schemas)) {
    const present = Object.hasOwn(raw, key);
    const parsed = present ? v.safeParse(schemas[key]!, raw[key]) : null;
    if (parsed?.success) out[key] = Array.isArray(parsed.output) ? Unique(parsed.output) : parsed.output;
    else {
      out[key] = structuredClone(defaults[key]);
      if (present) repaired.push(`${path}${key}`);
    }
  }
  return out as { [K in keyof S]: v.InferOutput<S[K]> };
}

/**
 * Turns whatever is stored into valid Settings: each field that is missing or corrupt gets its default and the rest
 * is kept. `repaired` names the fields that were present but invalid (unknown fields are dropped silently).
 */
export function sanitiseSettings(raw: unknown): { settings: Settings; repaired: string[] } {
  const repaired: string[] = [];
  const obj = isRecord(raw) ? raw : {};
  if (raw != null && !isRecord(raw)) repaired.push('(root)');
  const top = pick(FIELDS, obj, DEFAULT_SETTINGS, '', repaired);
  const filtersRaw = obj.sourceFilters;
  if (filtersRaw !== undefined && !isRecord(filtersRaw)) repaired.push('sourceFilters');
  const sourceFilters = pick(
    FILTER_FIELDS,
    isRecord(filtersRaw) ? filtersRaw : {},
    DEFAULT_SETTINGS.sourceFilters,
    'sourceFilters.',
    repaired,
  );
  return { settings: { ...top, sourceFilters }, repaired };
}
