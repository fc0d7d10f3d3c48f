/**
 * Where the claim stood when the article was written, and what changed after: "As of this article (2025-10-14): as
 * stated", then "Since then", newest first, each development with its date, status and sources.
 */
import { statusAt, updatesAfter, type DatedUpdate } from '../../core/claim-status';
import { filterSources } from '../../core/source-filter';
import type { ClaimUpdate, Lang } from '../../evidence/schema';
import type { SourceFilters } from '../../storage/settings-types';
import { cardText } from './card-text';
import { SourceList } from '../shared/source-list';
import { asOfText, statusKey } from './status-text';

/**
 * The claim's status line: always with a page date (the reader learns the card is judged as of then), and without
 * one only when the claim has updates (otherwise there is nothing to say beyond the claim itself).
 */
export function AsOf({ updates, pageDate, lang }: { updates: readonly DatedUpdate[] | undefined; pageDate?: string; lang: Lang }) {
  if (!pageDate && !updates?.length) return null;
  const status = statusAt(updates, pageDate);
  return (
    <p class={`as-of status-${status}`} data-status={status}>
      {asOfText(cardText(lang), status, pageDate)}
    </p>
  );
}

interface SinceThenProps {
  updates: readonly ClaimUpdate[];
  pageDate?: string;
  lang: Lang;
  filters: SourceFilters;
  now: Date;
}

/** The updates after the page's date (all of them without one), newest first; each one's sources after the reader's filters. */
export function SinceThen({ updates, pageDate, lang, filters, now }: SinceThenProps) {
  const later = updatesAfter(updates, pageDate);
  if (later.length === 0) return null;
  const t = cardText(lang);
  return (
    <section class="since-then" data-since-then="">
      <h3>{t('card_since_then')}</h3>
      <ul>
        {later.map((u) => {
          const shown = filterSources(u.sources, filters, now);
          return (
            <li class="update" data-update-date={u.date} data-status={u.status}>
              <div class="meta">
                <time dateTime={u.date}>{u.date}</time> · <span class={`status-label status-${u.status}`}>{t(statusKey(u.status))}</span>
              </div>
              <p class="update-summary">{u.summary[lang]}</p>
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
        })}
      </ul>
    </section>
  );
}
