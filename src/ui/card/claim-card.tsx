/** The card a marker opens: the claim in the reader's language, the sentence's stance, the figure check, both sides' sources, why it matched. */
import type { SentenceMatch } from '../../core/types';
import { filterSources } from '../../core/source-filter';
import type { Claim, Lang, Source } from '../../evidence/schema';
import type { SourceFilters } from '../../storage/settings-types';
import { t } from '../i18n';
import { FigureBars } from './figure-bars';
import { SourceList } from './source-list';

export type ReportState = 'idle' | 'saved' | 'failed';

export interface ClaimCardProps {
  claim: Claim;
  match: SentenceMatch;
  lang: Lang;
  filters: SourceFilters;
  now?: Date;
  report?: ReportState;
  onClose(): void;
  onNotThisClaim(): void;
}

const SIDES = [
  ['supports', 'card_supporting'],
  ['disputes', 'card_disputing'],
  ['context', 'card_context'],
] as const;

export function ClaimCard({ claim, match, lang, filters, now = new Date(), report = 'idle', onClose, onNotThisClaim }: ClaimCardProps) {
  const shown = filterSources(claim.sources, filters, now);
  const bySide = (side: Source['stance'], list: readonly Source[]) => list.filter((s) => s.stance === side);
  const figures = match.figures.filter((f) => f.verdict !== 'unrelated' && f.expected !== null);
  const headingId = 'kensho-card-heading';
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={headingId} tabIndex={-1} data-claim={claim.id}>
      <header>
        <span class="brand">{t('card_title')}</span>
        <button type="button" class="close" aria-label={t('card_close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class={`stance ${match.stance}`} data-stance={match.stance}>
        {t(`card_stance_${match.stance}`)}
      </p>
      <h2 id={headingId} class="statement" lang={lang}>
        {claim.statement[lang]}
      </h2>
      <p class="summary">{claim.summary[lang]}</p>
      {figures.length > 0 ? (
        <section class="figures">
          <h3>{t('card_figures_heading')}</h3>
          {figures.map((f) => (
            <FigureBars claim={claim} figure={f} lang={lang} />
          ))}
        </section>
      ) : null}
      {SIDES.map(([side, heading]) => {
        const all = bySide(side, claim.sources);
        if (side === 'context' && all.length === 0) return null;
        const visible = bySide(side, shown);
        return <SourceList heading={t(heading)} kind={side} sources={visible} hidden={all.length - visible.length} lang={lang} now={now} />;
      })}
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
