import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { stripDirectionalControls } from '../evidence/pack';
import { ClaimSchema, type Claim } from '../evidence/schema';
import { PACKS_KEY } from './added-keys';
import { guardWrite } from './errors';

/** An imported evidence pack as stored in `local:packs`. */
export interface StoredPack {
  id: string;
  /** The pack's own name in both languages. */
  name: { en: string; ja: string };
  /** The format the file was in; exports use Kensho's own format either way. */
  format: 'kensho' | 'claimreview';
  enabled: boolean;
  /** ISO timestamp of the import. */
  importedAt: string;
  claims: Claim[];
}

export const StoredPackSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/), v.maxLength(80)),
  name: v.strictObject({ en: v.pipe(v.string(), v.maxLength(200)), ja: v.pipe(v.string(), v.maxLength(200)) }),
  format: v.picklist(['kensho', 'claimreview']),
  enabled: v.boolean(),
  importedAt: v.pipe(v.string(), v.maxLength(40)),
  claims: v.array(ClaimSchema),
});

/** Versioned so the pack shape can change later with a migration (none yet). */
export const rawPacksItem = storage.defineItem<unknown>(`local:${PACKS_KEY}`, { version: 1, migrations: {} });

/** Stored packs; a corrupt pack is dropped alone, the others are kept. */
export function sanitisePacks(raw: unknown): StoredPack[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: StoredPack[] = [];
  for (const item of raw) {
    const parsed = v.safeParse(StoredPackSchema, item);
    if (!parsed.success || seen.has(parsed.output.id)) continue;
    seen.add(parsed.output.id);
    out.push(parsed.output);
  }
  return out;
}

/** Every imported pack, in import order. */
export async function getPacks(): Promise<StoredPack[]> {
  return sanitisePacks(await rawPacksItem.getValue());
}

// The enabled packs' claims reach the matcher, cards and pages through storage/added-claims.ts, with the feeds'.

/** Calls `cb` with the full pack list whenever it changes (options page). */
export function watchPackList(cb: (packs: StoredPack[]) => void): () => void {
  return rawPacksItem.watch((next) => cb(sanitisePacks(next)));
}

/** Replaces the whole pack list in one write: it either all lands or nothing changes (StorageWriteError). */
export function writePacks(packs: StoredPack[]): Promise<void> {
  return guardWrite(() => rawPacksItem.setValue(packs));
}

/** A copy of a pack whose strings carry no bidi embedding/override/isolate controls (every import format). */
function withoutDirectionalControls(pack: StoredPack): StoredPack {
  return JSON.parse(JSON.stringify(pack), (_key, value: unknown) =>
    typeof value === 'string' ? stripDirectionalControls(value) : value,
  ) as StoredPack;
}

/** Adds a pack, or replaces the one with the same id in place. */
export async function putPack(incoming: StoredPack): Promise<void> {
  const pack = withoutDirectionalControls(incoming);
  const packs = await getPacks();
  const at = packs.findIndex((p) => p.id === pack.id);
  await writePacks(at === -1 ? [...packs, pack] : packs.map((p, i) => (i === at ? pack : p)));
}

/** Turns a pack on or off. */
export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  await writePacks((await getPacks()).map((p) => (p.id === id ? { ...p, enabled } : p)));
}

/** Removes a pack. */
export async function removePack(id: string): Promise<void> {
  await writePacks((await getPacks()).filter((p) => p.id !== id));
}
