import { parsePack, type EvidencePack, type PackError } from '../../evidence/pack';
import type { StoredPack } from '../../storage/packs';

export type PreparedImport = { ok: true; pack: StoredPack; replaces: StoredPack | null } | { ok: false; error: PackError };

/**
 * Validates a pack file all-or-nothing and says whether it would replace an existing pack with the same id.
 * Nothing is written here: the caller asks the reader first when `replaces` is set.
 */
export function preparePackImport(text: string, existing: readonly StoredPack[], now = new Date()): PreparedImport {
  const parsed = parsePack(text);
  if (!parsed.ok) return parsed;
  const pack: StoredPack = {
    id: parsed.pack.id,
    name: parsed.pack.name,
    format: 'kensho',
    enabled: true,
    importedAt: now.toISOString(),
    claims: parsed.pack.claims,
  };
  return { ok: true, pack, replaces: existing.find((p) => p.id === pack.id) ?? null };
}

/** A stored pack in Kensho's pack format, as parsePack reads it back. */
export function toPackFile(pack: StoredPack): EvidencePack {
  return { format: 'kensho-pack', version: 1, id: pack.id, name: pack.name, claims: pack.claims };
}
