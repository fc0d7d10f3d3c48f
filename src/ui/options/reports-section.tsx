import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../evidence/schema';
import {
  clearFalsePositives,
  getFalsePositives,
  watchFalsePositives,
  type FalsePositiveReport,
} from '../../storage/false-positives';
import { localeText } from '../locale-messages';
import { Notice } from '../shared/notice';
import { describeSaveError } from '../shared/storage-error';
import { downloadJson } from './download';

/** "Not this claim" reports recorded from cards: listed, exportable, clearable. Never sent anywhere. */
export function ReportsSection({ lang }: { lang: Lang }) {
  const t = localeText(lang);
  const [reports, setReports] = useState<FalsePositiveReport[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void getFalsePositives().then(setReports);
    return watchFalsePositives(setReports);
  }, []);
  return (
    <section aria-labelledby="k-reports-h">
      <h2 id="k-reports-h">{t('options_reportsHeading')}</h2>
      <p class="k-muted">{t('options_reportsIntro')}</p>
      {reports.length === 0 ? (
        <p class="k-empty">{t('options_noReports')}</p>
      ) : (
        <table class="k-table">
          <thead>
            <tr>
              <th scope="col">{t('options_reportClaim')}</th>
              <th scope="col">{t('options_reportSentence')}</th>
              <th scope="col">{t('options_reportPage')}</th>
              <th scope="col">{t('options_reportDate')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r, i) => (
              <tr key={`${r.reportedAt}-${i}`}>
                <td>{r.claimId}</td>
                <td>{r.sentence}</td>
                <td>{r.url}</td>
                <td>
                  <time dateTime={r.reportedAt}>{r.reportedAt.slice(0, 10)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="k-row">
        <button
          type="button"
          class="k-button"
          disabled={reports.length === 0}
          onClick={() => downloadJson('kensho-false-positives.json', { kensho: 'false-positives', reports })}
        >
          {t('options_exportReports')}
        </button>
        <button
          type="button"
          class="k-button k-danger"
          disabled={reports.length === 0}
          onClick={() =>
            clearFalsePositives().then(
              () => setError(null),
              (err) => setError(describeSaveError(err, t)),
            )
          }
        >
          {t('options_clearReports')}
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
    </section>
  );
}
