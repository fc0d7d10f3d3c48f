import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitiseReports } from '../../../src/storage/false-positives';
import { sanitisePacks } from '../../../src/storage/packs';
import { SETTINGS_MIGRATIONS } from '../../../src/storage/settings-migrations';
import { sanitiseSettings } from '../../../src/storage/settings-schema';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/storage/settings-types';

const keys = Object.keys(DEFAULT_SETTINGS).sort();
/** Random stored values, biased towards objects that look like settings with wrong field types. */
const stored = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.record(
    {
      enabled: fc.anything(),
      strictness: fc.anything(),
      pausedSites: fc.anything(),
      sourceFilters: fc.anything(),
      theme: fc.anything(),
      language: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

describe('whatever is stored, readers get valid values', () => {
  it('settings: every field present and valid; a repaired value is a default', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        let migrated: unknown = raw;
        for (let version = 2; version <= SETTINGS_VERSION; version++)
          migrated = SETTINGS_MIGRATIONS[version]!(migrated);
        const { settings, repaired } = sanitiseSettings(migrated);
        expect(Object.keys(settings).sort()).toEqual(keys);
        expect(sanitiseSettings(settings).repaired).toEqual([]);
        for (const field of repaired.filter((f) => !f.includes('.') && f !== '(root)')) {
          expect(settings[field as keyof typeof settings]).toEqual(
            DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS],
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('packs and reports: never throw, always lists', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        expect(Array.isArray(sanitisePacks(raw))).toBe(true);
        expect(Array.isArray(sanitiseReports(raw))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
