/** Why a storage write failed, in terms the UI can explain to the reader. */
export type StorageFailure = 'quota' | 'other';

/** A write to browser storage that did not happen; nothing was changed. */
export class StorageWriteError extends Error {
  constructor(
    readonly reason: StorageFailure,
    options?: ErrorOptions,
  ) {
    super(reason === 'quota' ? 'storage quota exceeded' : 'storage write failed', options);
    this.name = 'StorageWriteError';
  }
}

/** Chrome says "QUOTA_BYTES quota exceeded"; Firefox throws a QuotaExceededError DOMException. */
export function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota/i.test(text);
}

/** Runs a storage write, turning any failure into a StorageWriteError (never silent). */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof StorageWriteError) throw err;
    throw new StorageWriteError(isQuotaError(err) ? 'quota' : 'other', { cause: err });
  }
}
