/**
 * A claim's status in words, for the card and the popup alike (keys live with the card's, which the content script
 * carries).
 */
import type { ClaimStatus } from '../../core/claim-status';
import type { Translate } from '../translator';
import type { CardMessageKey } from './card-messages';

/** The message key naming a status ("overtaken by later events"). */
export function statusKey(status: ClaimStatus) {
  return `card_status_${status === 'as-stated' ? 'as_stated' : status}` as const;
}

/** "As of this article (2025-10-14): as stated", or the latest status when the page gives no date. */
export function asOfText(t: Translate<CardMessageKey>, status: ClaimStatus, pageDate: string | undefined): string {
  return pageDate
    ? t('card_as_of_article', [pageDate, t(statusKey(status))])
    : t('card_as_of_latest', [t(statusKey(status))]);
}
