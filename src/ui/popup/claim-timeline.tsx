import { statusAt, updateAt, updatesAfter } from '../../core/claim-status';
import { filterSources } from '../../core/source-filter';
import type { Claim, ClaimUpdate, Lang } from '../../evidence/schema';
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
  /** A free-text lookup has no page at all: its status line is the latest status, without "the page gives no date". */
  lookup?: boolean;
  /** The date sources' ages count to (tests fix it). */
  now?: Date;
}

/** One dated development: date, status in words, summary and its sources after the reader's filters. */
function UpdateItem({
  update: u,
  lang,
  filters,
  now,
}: {
  update: ClaimUpdate;
  lang: Lang;
  filters: SourceFilters;
  now: Date;
}) {
  const t = localeText(lang);
  const shown = filterSources(u.sources, filters, now);
  return (
    <li data-update-date={u.date} data-status={u.status}>
      <span class="k-source-meta">
        <time dateTime={u.date}>{u.date}</time> · <strong>{t(statusKey(u.status))}</strong>
      </span>
      <p class="k-source-summary">{u.summary[lang]}</p>
      <SourceList
        heading={t('card_update_sources')}
        headingLevel={4}
        side="update"
        sources={shown}
        hidden={u.sources.length - shown.length}
        lang={lang}
        now={now}
        t={t}
      />
    </li>
  );
}

/**
 * In the popup, as on the card: where the claim stood at the page's date, the update that set that status, and the
 * updates since, newest first.
 */
export function ClaimTimeline({ claim, pageDate, lang, filters, lookup = false, now = new Date() }: Props) {
  if (!pageDate && !claim.updates?.length) return null;
  const t = localeText(lang);
  const status = statusAt(claim.updates, pageDate);
  const basis = updateAt(claim.updates, pageDate);
  const later = updatesAfter(claim.updates, pageDate);
  return (
    <div class="k-timeline">
      <p class={`k-as-of k-status-${status}`} data-status={status}>
        {lookup ? t('popup_latestStatus', t(statusKey(status))) : asOfText(t, status, pageDate)}
      </p>
      {basis && (
        <section class="k-since-then k-status-basis">
          <h4>{t('card_status_basis')}</h4>
          <ul>
            <UpdateItem update={basis} lang={lang} filters={filters} now={now} />
          </ul>
        </section>
      )}
      {later.length > 0 && (
        <section class="k-since-then" data-since-then="">
          <h4>{t('card_since_then')}</h4>
          <ul>
            {later.map((u) => (
              <UpdateItem key={`${u.date}-${u.status}`} update={u} lang={lang} filters={filters} now={now} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
