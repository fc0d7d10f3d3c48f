import { useState } from 'preact/hooks';
import type { Lang } from '../../evidence/schema';
import { resetSettings, settingsItem } from '../../storage/settings';
import { exportSettingsFile, parseSettingsFile } from '../../storage/settings-transfer';
import { localeText } from '../locale-messages';
import { ConfirmBar } from '../shared/confirm-bar';
import { Notice } from '../shared/notice';
import { describeSaveError } from '../shared/storage-error';
import { downloadJson, readFileText } from './download';
import { JsonFileInput } from './json-file-input';

type Message = { kind: 'error' | 'success'; text: string } | null;

/** Export and import all settings, and reset to defaults (with a confirmation step). */
export function BackupSection({ lang }: { lang: Lang }) {
  const t = localeText(lang);
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const onImport = async (file: File | undefined) => {
    setMessage(null);
    if (!file) return;
    const read = await readFileText(file, 64 * 1024);
    if (!read.ok) return setMessage({ kind: 'error', text: t('options_settingsTooBig') });
    const parsed = parseSettingsFile(read.text);
    if (!parsed.ok) return setMessage({ kind: 'error', text: t(`options_settingsImportError_${parsed.error}`) });
    try {
      await settingsItem.setValue(parsed.settings);
      setMessage({
        kind: 'success',
        text: parsed.repaired.length
          ? t('options_settingsImportedRepaired', parsed.repaired.join(', '))
          : t('options_settingsImported'),
      });
    } catch (err) {
      setMessage({ kind: 'error', text: describeSaveError(err, t) });
    }
  };
  return (
    <section aria-labelledby="k-backup-h">
      <h2 id="k-backup-h">{t('options_backupHeading')}</h2>
      <div class="k-row">
        <button
          type="button"
          class="k-button"
          onClick={() =>
            void settingsItem.getValue().then((s) => downloadJson('kensho-settings.json', exportSettingsFile(s)))
          }
        >
          {t('options_exportSettings')}
        </button>
        <JsonFileInput id="k-import-settings" label={t('options_importSettings')} onFile={(f) => void onImport(f)} />
      </div>
      <div class="k-row">
        {confirming ? (
          <ConfirmBar
            question={t('options_resetConfirm')}
            confirmLabel={t('options_resetYes')}
            cancelLabel={t('options_cancel')}
            onConfirm={() => {
              setConfirming(false);
              resetSettings().then(
                () => setMessage({ kind: 'success', text: t('options_resetDone') }),
                (err) => setMessage({ kind: 'error', text: describeSaveError(err, t) }),
              );
            }}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" class="k-button k-danger" onClick={() => setConfirming(true)}>
            {t('options_reset')}
          </button>
        )}
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  );
}
