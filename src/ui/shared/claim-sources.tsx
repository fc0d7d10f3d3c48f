import type { Claim, Lang } from '../../evidence/schema';
import { filterSources } from '../../core/source-filter';
import type { SourceFilters } from '../../storage/settings-types';
import { localeText } from '../locale-messages';
import { SourceList } from './source-list';

interface Props {
  claim: Claim;
  filters: SourceFilters;
  lang: Lang;
}

/** A claim's supporting, disputing and context sources after the reader's source filters. */
export function ClaimSources({ claim, filters, lang }: Props) {
  const t = localeText(lang);
  const shown = filterSources(claim.sources, filters);
  if (shown.length === 0) return <p class="k-muted">{t('popup_sourcesAllHidden')}</p>;
  return (
    <div class="k-claim-sources">
      <SourceList heading={t('popup_sourcesSupporting')} sources={shown.filter((s) => s.stance === 'supports')} untitled={t('card_untitled_source')} />
      <SourceList heading={t('popup_sourcesDisputing')} sources={shown.filter((s) => s.stance === 'disputes')} untitled={t('card_untitled_source')} />
      <SourceList heading={t('popup_sourcesContext')} sources={shown.filter((s) => s.stance === 'context')} untitled={t('card_untitled_source')} />
    </div>
  );
}
