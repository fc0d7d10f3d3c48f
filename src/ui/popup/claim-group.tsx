import { shownState, statusAt } from '../../core/claim-status';
import type { Claim, Lang } from '../../evidence/schema';
import type { PageClaimSummary } from '../../messaging/protocol';
import { SENTENCE_STANCES } from '../../shared/vocabulary';
import type { SourceFilters } from '../../storage/settings-types';
import { localeText } from '../locale-messages';
import { ClaimSources } from '../shared/sources-by-stance';
import { CounterClaims } from '../shared/counter-claims';
import { ClaimTimeline } from './claim-timeline';
import { formatFigure } from '../shared/format-figure';

interface Props {
  summary: PageClaimSummary;
  claim: Claim | undefined;
  lang: Lang;
  filters: SourceFilters;
  /** Scrolls the page to the claim's first occurrence and opens its card; null when the tab cannot be reached. */
  onReveal: ((claimId: string) => void) | null;
  /** Every known claim, to name the claims this one contradicts. */
  byId?: ReadonlyMap<string, Claim>;
  /** The page's publication date, when it gives one: the claim is shown as it stood then. */
  pageDate?: string;
}

/**
 * 'overtaken' or 'retracted' when the page makes or mentions a claim undone at its date (as the card shows it), else
 * null.
 */
export function outdatedState(
  summary: PageClaimSummary,
  claim: Claim | undefined,
  pageDate: string | undefined,
): 'overtaken' | 'retracted' | null {
  const status = statusAt(claim?.updates, pageDate);
  const state = summary.stances.map((s) => shownState(s, status)).find((s) => s === 'overtaken' || s === 'retracted');
  return state ?? null;
}

/** One claim the page makes: statement, how often and how, the figure check, and both sides' sources. */
export function ClaimGroup({ summary, claim, lang, filters, onReveal, byId, pageDate }: Props) {
  const t = localeText(lang);
  const stanceCounts = SENTENCE_STANCES.map((s) => [s, summary.stances.filter((x) => x === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  const differs = summary.figures.filter((f) => f.verdict === 'differs');
  const consistent = summary.figures.filter((f) => f.verdict === 'consistent');
  const conflict = differs.length > 0 || summary.stances.includes('disputes');
  const outdated = outdatedState(summary, claim, pageDate);
  return (
    <li
      class={`k-claim${conflict ? ' k-claim-conflict' : ''}${outdated ? ' k-claim-outdated' : ''}`}
      data-claim-id={summary.claimId}
      data-state={outdated ?? undefined}
    >
      <h3 class="k-claim-statement">{claim ? claim.statement[lang] : summary.claimId}</h3>
      {outdated && (
        <p class="k-outdated">↺ {t(outdated === 'overtaken' ? 'popup_claimOvertaken' : 'popup_claimRetracted')}</p>
      )}
      {claim?.corroboration === 'commentary-only' && <p class="k-unconfirmed">{t('card_commentary_only')}</p>}
      <p class="k-claim-meta">
        <span>{t('popup_occurrences', String(summary.count))}</span>
        {stanceCounts.map(([s, n]) => (
          <span key={s} class={`k-stance k-stance-${s}`}>
            {t(`popup_stance_${s}`)} ×{n}
          </span>
        ))}
      </p>
      {differs.map((f, i) => (
        <p key={`d${i}`} class="k-figure k-figure-differs">
          {f.expected === null
            ? t('popup_figureDiffersNoValue', f.text)
            : t('popup_figureDiffers', [f.text, formatFigure(f.expected, f.unit, lang)])}
        </p>
      ))}
      {differs.length === 0 && consistent.length > 0 && (
        <p class="k-figure k-figure-consistent">{t('popup_figureConsistent', consistent[0]!.text)}</p>
      )}
      {claim && <ClaimTimeline claim={claim} pageDate={pageDate} lang={lang} filters={filters} />}
      {onReveal && (
        <button type="button" class="k-button k-link-button" onClick={() => onReveal(summary.claimId)}>
          {t('popup_showOnPage')}
        </button>
      )}
      {claim && (
        <details class="k-claim-details">
          <summary>{t('popup_sourcesToggle', String(claim.sources.length))}</summary>
          <ClaimSources claim={claim} filters={filters} lang={lang} />
          {byId && <CounterClaims claim={claim} byId={byId} lang={lang} />}
        </details>
      )}
    </li>
  );
}
