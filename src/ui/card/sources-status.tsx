/** Where a card's sources go while the background is asked for them, or when it could not answer (with a retry). */
import { t } from '../i18n';

export function SourcesStatus({ failed, onRetry }: { failed: boolean; onRetry(): void }) {
  if (!failed) {
    return (
      <p class="sources-status muted" role="status" data-sources="loading">
        {t('card_sources_loading')}
      </p>
    );
  }
  return (
    <div class="sources-status" role="alert" data-sources="failed">
      <p class="muted">{t('card_sources_failed')}</p>
      <button type="button" class="retry" onClick={onRetry}>
        {t('card_sources_retry')}
      </button>
    </div>
  );
}
