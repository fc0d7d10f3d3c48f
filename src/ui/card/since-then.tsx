/**
 * Where the claim stood when the article was written, and what changed: "As of this article (2025-10-14): as stated",
 * the update that set that status ("Before this article"), then "Since then", newest first, each development with its
 * date, status and sources.
 */
import { statusAt, type DatedUpdate } from '../../core/claim-status';
import type { ClaimUpdate, Lang } from '../../evidence/schema';
import type { SourceFilters } from '../../storage/settings-types';
import { cardText } from './card-text';
import { UpdateTimeline } from '../shared/update-timeline';
import { asOfText } from './status-text';

/**
 * The claim's status line: always with a page date (the reader learns the card is judged as of then), and without
 * one only when the claim has updates (otherwise there is nothing to say beyond the claim itself).
 */
export function AsOf({
  updates,
  pageDate,
  lang,
}: {
  updates: readonly DatedUpdate[] | undefined;
  pageDate?: string;
  lang: Lang;
}) {
  if (!pageDate && !updates?.length) return null;
  const status = statusAt(updates, pageDate);
  return (
    <p class={`as-of status-${status}`} data-status={status}>
      {asOfText(cardText(lang), status, pageDate)}
    </p>
  );
}

/** The card's "Before this article" and "Since then" sections. */
export function SinceThen({
  updates,
  pageDate,
  lang,
  filters,
  now,
}: {
  updates: readonly ClaimUpdate[];
  pageDate?: string;
  lang: Lang;
  filters: SourceFilters;
  now: Date;
}) {
  return (
    <UpdateTimeline
      updates={updates}
      pageDate={pageDate}
      lang={lang}
      filters={filters}
      now={now}
      t={cardText(lang)}
      look="card"
    />
  );
}
