import { StorageWriteError } from '../../storage/errors';
import { t } from '../i18n';

/** A reader-facing sentence for a failed save (quota errors are named as such, never silent); `translate` picks the language. */
export function describeSaveError(err: unknown, translate: (key: 'options_errorQuota' | 'options_errorSave') => string = t): string {
  return err instanceof StorageWriteError && err.reason === 'quota' ? translate('options_errorQuota') : translate('options_errorSave');
}
