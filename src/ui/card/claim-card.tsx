/**
 * The card a marker opens: the claim in the reader's language, the sentence's stance, where the claim stood at the
 * article's date and what changed since, the figure check, both sides' sources (asked from the background with the
 * updates, and a bundled claim's summary, when the card opens: page claims carry none of them), why it matched.
 */
import { shownState, statusAt } from '../../core/claim-status';
import type { SentenceMatch } from '../../core/types';
import { filterSources } from '../../core/source-filter';
import type { PageClaim } from '../../evidence/page-claims';
import type { ClaimUpdate, Lang, Source } from '../../evidence/schema';
import type { SourceFilters } from '../../storage/settings-types';
import { cardText } from './card-text';
import { FigureBars } from './figure-bars';
import { AsOf, SinceThen } from './since-then';
import { SourceList } from '../shared/source-list';
import { SourcesStatus } from './sources-status';

export type ReportState = 'idle' | 'saved' | 'failed';
/** The claim's sources and updates: being fetched, fetched (unfiltered), or the background could not answer. */
export type SourcesState =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; summary?: PageClaim['summary']; sources: readonly Source[]; updates: readonly ClaimUpdate[] };

export interface ClaimCardProps {
  claim: PageClaim;
  match: SentenceMatch;
  lang: Lang;
  filters: SourceFilters;
  sources: SourcesState;
  /** The article's publication date, when the page gives one: the claim is shown as it stood then. */
  pageDate?: string;
  now?: Date;
  report?: ReportState;
  onClose(): void;
  onNotThisClaim(): void;
  onRetrySources(): void;
}

const SIDES = [
  ['supports', 'card_supporting'],
  ['disputes', 'card_disputing'],
  ['context', 'card_context'],
] as const;

export function ClaimCard(props: ClaimCardProps) {
  const {
    claim,
    match,
    lang,
    filters,
    sources,
    pageDate,
    now = new Date(),
    report = 'idle',
    onClose,
    onNotThisClaim,
    onRetrySources,
  } = props;
  const state = shownState(match.stance, statusAt(claim.updates, pageDate));
  const all = sources.state === 'ready' ? sources.sources : [];
  // A bundled claim's summary comes with its sources (the content script does not carry it); an added claim has its
  // own.
  const summary = claim.summary ?? (sources.state === 'ready' ? sources.summary : undefined);
  const shown = filterSources(all, filters, now);
  const bySide = (side: Source['stance'], list: readonly Source[]) => list.filter((s) => s.stance === side);
  const figures = match.figures.filter((f) => f.verdict !== 'unrelated' && f.expected !== null);
  const headingId = 'kensho-card-heading';
  const t = cardText(lang);
  return (
    <div
      class="card"
      lang={lang}
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-claim={claim.id}
    >
      <header>
        <span class="brand">{t('card_title')}</span>
        <button type="button" class="close" aria-label={t('card_close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class={`stance ${state}`} data-stance={match.stance} data-state={state}>
        {t(`card_stance_${state}`)}
      </p>
      <h2 id={headingId} class="statement">
        {claim.statement[lang]}
      </h2>
      {summary ? <p class="summary">{summary[lang]}</p> : null}
      {claim.origin ? (
        <p class="origin muted" data-origin={claim.origin.kind}>
          {t(claim.origin.kind === 'feed' ? 'card_origin_feed' : 'card_origin_pack', [claim.origin.name[lang]])}
        </p>
      ) : null}
      {claim.corroboration === 'commentary-only' ? (
        <p class="unconfirmed" data-corroboration="commentary-only">
          {t('card_commentary_only')}
        </p>
      ) : null}
      <AsOf updates={claim.updates} pageDate={pageDate} lang={lang} />
      {sources.state === 'ready' ? (
        <SinceThen updates={sources.updates} pageDate={pageDate} lang={lang} filters={filters} now={now} />
      ) : null}
      {figures.length > 0 ? (
        <section class="figures">
          <h3>{t('card_figures_heading')}</h3>
          {figures.map((f) => (
            <FigureBars claim={claim} figure={f} lang={lang} />
          ))}
        </section>
      ) : null}
      {sources.state === 'ready' ? (
        SIDES.map(([side, heading]) => {
          const onSide = bySide(side, all);
          if (side === 'context' && onSide.length === 0) return null;
          const visible = bySide(side, shown);
          return (
            <SourceList
              heading={t(heading)}
              headingLevel={3}
              side={side}
              sources={visible}
              hidden={onSide.length - visible.length}
              lang={lang}
              now={now}
              t={t}
              showEmpty
            />
          );
        })
      ) : (
        <SourcesStatus failed={sources.state === 'failed'} lang={lang} onRetry={onRetrySources} />
      )}
      <details class="why">
        <summary>{t('card_why')}</summary>
        {match.terms.length > 0 ? <p>{t('card_why_terms', [match.terms.join(', ')])}</p> : null}
        <p>{t('card_why_score', [String(Math.round(match.score * 100))])}</p>
      </details>
      <footer>
        {report === 'idle' ? (
          <button type="button" class="not-this" onClick={onNotThisClaim}>
            {t('card_not_this_claim')}
          </button>
        ) : (
          <p role="status" class="muted">
            {t(report === 'saved' ? 'card_reported' : 'card_report_failed')}
          </p>
        )}
      </footer>
    </div>
  );
}
