import { statusAt } from '../../core/claim-status';
import type { Claim, Lang } from '../../evidence/schema';
import type { SourceFilters } from '../../storage/settings-types';
import { asOfText, statusKey } from '../card/status-text';
import { localeText } from '../locale-messages';
import { UpdateTimeline } from '../shared/update-timeline';

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

/**
 * In the popup, as on the card: where the claim stood at the page's date, the update that set that status, and the
 * updates since, newest first.
 */
export function ClaimTimeline({ claim, pageDate, lang, filters, lookup = false, now = new Date() }: Props) {
  if (!pageDate && !claim.updates?.length) return null;
  const t = localeText(lang);
  const status = statusAt(claim.updates, pageDate);
  return (
    <div class="k-timeline">
      <p class={`k-as-of k-status-${status}`} data-status={status}>
        {lookup ? t('popup_latestStatus', t(statusKey(status))) : asOfText(t, status, pageDate)}
      </p>
      <UpdateTimeline
        updates={claim.updates}
        pageDate={pageDate}
        lang={lang}
        filters={filters}
        now={now}
        t={t}
        look="popup"
      />
    </div>
  );
}
