import type { Claim, Lang } from '../../evidence/schema';
import { filterSources } from '../../core/source-filter';
import type { SourceFilters } from '../../storage/settings-types';
import { localeText } from '../locale-messages';
import { SourceList } from './source-list';

interface Props {
  claim: Claim;
  filters: SourceFilters;
  lang: Lang;
  /** The date sources' ages count to (tests fix it). */
  now?: Date;
}

const SIDES = [
  ['supports', 'popup_sourcesSupporting'],
  ['disputes', 'popup_sourcesDisputing'],
  ['context', 'popup_sourcesContext'],
] as const;

/** A claim's supporting, disputing and context sources after the reader's source filters. */
export function ClaimSources({ claim, filters, lang, now = new Date() }: Props) {
  const t = localeText(lang);
  const shown = filterSources(claim.sources, filters, now);
  if (shown.length === 0) return <p class="k-muted">{t('popup_sourcesAllHidden')}</p>;
  return (
    <div class="k-claim-sources">
      {SIDES.map(([side, heading]) => (
        <SourceList
          key={side}
          heading={t(heading)}
          headingLevel={4}
          side={side}
          sources={shown.filter((s) => s.stance === side)}
          lang={lang}
          now={now}
          t={t}
        />
      ))}
    </div>
  );
}
