/** Where a card's sources go while the background is asked for them, or when it could not answer (with a retry). */
import type { Lang } from '../../evidence/schema';
import { cardText } from './card-text';

export function SourcesStatus({ failed, lang, onRetry }: { failed: boolean; lang: Lang; onRetry(): void }) {
  const t = cardText(lang);
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
