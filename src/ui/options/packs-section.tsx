import { useEffect, useState } from 'preact/hooks';
import { PACK_LIMITS } from '../../evidence/pack';
import type { Lang } from '../../evidence/schema';
import { getPacks, putPack, removePack, setPackEnabled, watchPackList, type StoredPack } from '../../storage/packs';
import { localeText } from '../locale-messages';
import { ConfirmBar } from '../shared/confirm-bar';
import { Notice } from '../shared/notice';
import { describeSaveError } from '../shared/storage-error';
import { Toggle } from '../shared/toggle';
import { downloadJson, readFileText } from './download';
import { preparePackImport, toPackFile } from './pack-import';
import { JsonFileInput } from './json-file-input';

type Message = { kind: 'error' | 'success'; text: string } | null;

/** Evidence packs: import (validated, all-or-nothing, asks before replacing), enable/disable, export, remove. */
export function PacksSection({ lang }: { lang: Lang }) {
  const t = localeText(lang);
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<StoredPack | null>(null);
  useEffect(() => {
    void getPacks().then(setPacks);
    return watchPackList(setPacks);
  }, []);
  const store = async (pack: StoredPack) => {
    try {
      await putPack(pack);
      setMessage({ kind: 'success', text: t('options_packImported', [pack.name[lang], String(pack.claims.length)]) });
    } catch (err) {
      setMessage({ kind: 'error', text: `${t('options_packNotImported')} ${describeSaveError(err, t)}` });
    }
  };
  const onFile = async (file: File | undefined) => {
    setMessage(null);
    setPending(null);
    if (!file) return;
    const read = await readFileText(file, PACK_LIMITS.maxBytes);
    if (!read.ok)
      return setMessage({
        kind: 'error',
        text: t('options_packTooBig', String(Math.round(PACK_LIMITS.maxBytes / 1024 / 1024))),
      });
    const prepared = preparePackImport(read.text, await getPacks(), new Date(), file.name);
    if (!prepared.ok)
      return setMessage({
        kind: 'error',
        text: t('options_packInvalid', [prepared.error.path, prepared.error.message]),
      });
    if (prepared.replaces) setPending(prepared.pack);
    else await store(prepared.pack);
  };
  const guard = (p: Promise<void>) => p.catch((err) => setMessage({ kind: 'error', text: describeSaveError(err, t) }));
  return (
    <section aria-labelledby="k-packs-h">
      <h2 id="k-packs-h">{t('options_packsHeading')}</h2>
      <p class="k-muted">
        {t('options_packsIntro', [
          String(PACK_LIMITS.maxClaims),
          String(Math.round(PACK_LIMITS.maxBytes / 1024 / 1024)),
        ])}
      </p>
      <div class="k-row">
        <JsonFileInput id="k-import-pack" label={t('options_importPack')} onFile={(f) => void onFile(f)} />
      </div>
      {pending && (
        <ConfirmBar
          question={t('options_packReplaceQuestion', pending.id)}
          confirmLabel={t('options_packReplace')}
          cancelLabel={t('options_cancel')}
          onConfirm={() => void store(pending).then(() => setPending(null))}
          onCancel={() => {
            setPending(null);
            setMessage({ kind: 'success', text: t('options_packKept') });
          }}
        />
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {packs.length === 0 ? (
        <p class="k-empty">{t('options_noPacks')}</p>
      ) : (
        <table class="k-table k-packs">
          <thead>
            <tr>
              <th scope="col">{t('options_packName')}</th>
              <th scope="col">{t('options_packClaims')}</th>
              <th scope="col">{t('options_packImportedAt')}</th>
              <th scope="col">{t('options_packActions')}</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id} data-pack-id={p.id}>
                <td>
                  {p.name[lang]} <span class="k-muted">({p.id})</span>
                </td>
                <td>{p.claims.length}</td>
                <td>
                  <time dateTime={p.importedAt}>{p.importedAt.slice(0, 10)}</time>
                </td>
                <td>
                  <Toggle
                    label={t('options_packEnabled', p.name[lang])}
                    checked={p.enabled}
                    onChange={(on) => void guard(setPackEnabled(p.id, on))}
                  />
                  <button
                    type="button"
                    class="k-button"
                    onClick={() => downloadJson(`${p.id}.kensho-pack.json`, toPackFile(p))}
                  >
                    {t('options_packExport')}
                  </button>
                  <button type="button" class="k-button k-danger" onClick={() => void guard(removePack(p.id))}>
                    {t('options_packRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
