import type { Lang } from '../../evidence/schema';
import type { TabResults } from '../../messaging/protocol';
import type { SourceFilters } from '../../storage/settings-types';
import { localeText } from '../locale-messages';
import type { ClaimBase } from '../shared/claim-base';
import { ClaimGroup, outdatedState } from './claim-group';

interface Props {
  results: TabResults | null;
  base: ClaimBase | null;
  lang: Lang;
  filters: SourceFilters;
  onReveal: ((claimId: string) => void) | null;
}

/**
 * The claims found on the tab, most frequent first; disputed ones, and ones overtaken or retracted at the page's date,
 * before the rest.
 */
export function TabClaims({ results, base, lang, filters, onReveal }: Props) {
  const t = localeText(lang);
  if (!results) return <p class="k-empty">{t('popup_noResultsYet')}</p>;
  if (results.claims.length === 0) return <p class="k-empty">{t('popup_noClaims')}</p>;
  const conflict = (c: TabResults['claims'][number]) =>
    c.stances.includes('disputes') ||
    c.figures.some((f) => f.verdict === 'differs') ||
    outdatedState(c, base?.byId.get(c.claimId), results.published) !== null;
  const sorted = [...results.claims].sort((a, b) => Number(conflict(b)) - Number(conflict(a)) || b.count - a.count);
  return (
    <ul class="k-claims" aria-label={t('popup_claimsHeading')}>
      {sorted.map((s) => (
        <ClaimGroup
          key={s.claimId}
          summary={s}
          claim={base?.byId.get(s.claimId)}
          lang={lang}
          filters={filters}
          onReveal={onReveal}
          byId={base?.byId}
          pageDate={results.published}
        />
      ))}
    </ul>
  );
}
