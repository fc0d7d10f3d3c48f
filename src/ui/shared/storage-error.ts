import { StorageWriteError } from '../../storage/errors';
import { t } from '../i18n';

/** A reader-facing sentence for a failed save (quota errors are named as such, never silent). */
export function describeSaveError(err: unknown): string {
  return err instanceof StorageWriteError && err.reason === 'quota' ? t('options_errorQuota') : t('options_errorSave');
}
