import { useEffect, useId, useState } from 'preact/hooks';
import { lookupClaims } from '../../core/lookup';
import type { Lang } from '../../evidence/schema';
import type { SourceFilters } from '../../storage/settings-types';
import { localeText } from '../locale-messages';
import type { ClaimBase } from '../shared/claim-base';
import { ClaimSources } from '../shared/sources-by-stance';
import { CounterClaims } from '../shared/counter-claims';
import { ClaimTimeline } from './claim-timeline';

interface Props {
  base: ClaimBase | null;
  lang: Lang;
  filters: SourceFilters;
  /** Pre-filled query (from the context menu's "Check with Kensho"). */
  initialQuery?: string;
}

/** Free-text lookup against the evidence base, as you type; works on any tab. */
export function LookupBox({ base, lang, filters, initialQuery = '' }: Props) {
  const t = localeText(lang);
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const [debounced, setDebounced] = useState(initialQuery);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), 120);
    return () => clearTimeout(timer);
  }, [query]);
  const q = debounced.trim();
  const hits = base && q ? lookupClaims(base.matcher.index, q, 5) : [];
  return (
    <section class="k-lookup" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('popup_lookupHeading')}</h2>
      <label for={id} class="k-visually-hidden">
        {t('popup_lookupLabel')}
      </label>
      <input
        id={id}
        type="search"
        class="k-input"
        value={query}
        maxLength={300}
        placeholder={t('popup_lookupPlaceholder')}
        autoFocus={!!initialQuery}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <div aria-live="polite">
        {q && base && hits.length === 0 && <p class="k-empty">{t('popup_lookupNone')}</p>}
        {!base && q && <p class="k-muted">{t('popup_loading')}</p>}
        {hits.length > 0 && (
          <ul class="k-lookup-results">
            {hits.map(({ claimId }, i) => {
              const claim = base!.byId.get(claimId);
              if (!claim) return null;
              return (
                <li key={claimId} class="k-claim" data-claim-id={claimId}>
                  <h3 class="k-claim-statement">{claim.statement[lang]}</h3>
                  <p class="k-muted">{claim.summary[lang]}</p>
                  {/* No page here: the claim's latest status and every update. */}
                  <ClaimTimeline claim={claim} lang={lang} filters={filters} lookup />
                  <CounterClaims claim={claim} byId={base!.byId} lang={lang} />
                  <details class="k-claim-details" open={i === 0}>
                    <summary>{t('popup_sourcesToggle', String(claim.sources.length))}</summary>
                    <ClaimSources claim={claim} filters={filters} lang={lang} />
                  </details>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
