import { StorageWriteError } from '../../storage/errors';

/**
 * A reader-facing sentence for a failed save (quota errors are named as such, never silent); `translate` gives the
 * page's language.
 */
export function describeSaveError(
  err: unknown,
  translate: (key: 'options_errorQuota' | 'options_errorSave') => string,
): string {
  return err instanceof StorageWriteError && err.reason === 'quota'
    ? translate('options_errorQuota')
    : translate('options_errorSave');
}
