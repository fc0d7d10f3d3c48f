import { statusAt, updatesAfter } from '../../core/claim-status';
import { filterSources } from '../../core/source-filter';
import type { Claim, Lang } from '../../evidence/schema';
import type { SourceFilters } from '../../storage/settings-types';
import { asOfText, statusKey } from '../card/status-text';
import { localeText } from '../locale-messages';
import { SourceList } from '../shared/source-list';

interface Props {
  claim: Claim;
  /** The page's publication date; undefined for a page without one and for free-text lookups (the latest status). */
  pageDate?: string;
  lang: Lang;
  filters: SourceFilters;
  /** The date sources' ages count to (tests fix it). */
  now?: Date;
}

/** In the popup, as on the card: where the claim stood at the page's date, and the updates since, newest first. */
export function ClaimTimeline({ claim, pageDate, lang, filters, now = new Date() }: Props) {
  if (!pageDate && !claim.updates?.length) return null;
  const t = localeText(lang);
  const status = statusAt(claim.updates, pageDate);
  const later = updatesAfter(claim.updates, pageDate);
  return (
    <div class="k-timeline">
      <p class={`k-as-of k-status-${status}`} data-status={status}>
        {asOfText(t, status, pageDate)}
      </p>
      {later.length > 0 && (
        <section class="k-since-then">
          <h4>{t('card_since_then')}</h4>
          <ul>
            {later.map((u) => (
              <li key={`${u.date}-${u.status}`} data-update-date={u.date} data-status={u.status}>
                <span class="k-source-meta">
                  <time dateTime={u.date}>{u.date}</time> · <strong>{t(statusKey(u.status))}</strong>
                </span>
                <p class="k-source-summary">{u.summary[lang]}</p>
                <SourceList
                  heading={t('card_update_sources')}
                  headingLevel={4}
                  side="update"
                  sources={filterSources(u.sources, filters, now)}
                  lang={lang}
                  now={now}
                  t={t}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
