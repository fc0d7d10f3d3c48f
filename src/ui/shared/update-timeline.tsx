/**
 * A claim's dated developments, on the card and in the popup alike: the update that set the claim's status at the
 * page's date ("Before this article", so a reader told "retracted" sees why), then "Since then", newest first, each
 * with its date, status in words, summary and its sources after the reader's filters.
 */
import { updateAt, updatesAfter } from '../../core/claim-status';
import { filterSources } from '../../core/source-filter';
import type { ClaimUpdate, Lang } from '../../evidence/schema';
import type { SourceFilters } from '../../storage/settings-types';
import { statusKey } from '../card/status-text';
import type { CardMessageKey } from '../card/card-messages';
import type { Translate } from '../translator';
import { SourceList } from './source-list';

/** The card's and the popup's class names and heading levels (each styles its own; tests and e2e read these). */
const LOOKS = {
  card: {
    heading: 'h3',
    basis: 'status-basis',
    later: 'since-then',
    item: 'update',
    meta: 'meta',
    status: (s: string) => `status-label status-${s}`,
    summary: 'update-summary',
  },
  popup: {
    heading: 'h4',
    basis: 'k-since-then k-status-basis',
    later: 'k-since-then',
    item: undefined,
    meta: 'k-source-meta',
    status: () => undefined,
    summary: 'k-source-summary',
  },
} as const;

export type TimelineLook = keyof typeof LOOKS;

interface Props {
  updates: readonly ClaimUpdate[] | undefined;
  pageDate?: string;
  lang: Lang;
  filters: SourceFilters;
  now: Date;
  t: Translate<CardMessageKey>;
  look: TimelineLook;
}

function UpdateItem({
  update: u,
  lang,
  filters,
  now,
  t,
  look,
}: Omit<Props, 'updates' | 'pageDate'> & { update: ClaimUpdate }) {
  const l = LOOKS[look];
  const shown = filterSources(u.sources, filters, now);
  const StatusTag = look === 'card' ? 'span' : 'strong';
  return (
    <li class={l.item} data-update-date={u.date} data-status={u.status}>
      <div class={l.meta}>
        <time dateTime={u.date}>{u.date}</time> ·{' '}
        <StatusTag class={l.status(u.status)}>{t(statusKey(u.status))}</StatusTag>
      </div>
      <p class={l.summary}>{u.summary[lang]}</p>
      <SourceList
        heading={t('card_update_sources')}
        headingLevel={4}
        side="update"
        sources={shown}
        hidden={u.sources.length - shown.length}
        lang={lang}
        now={now}
        t={t}
      />
    </li>
  );
}

export function UpdateTimeline({ updates, pageDate, ...item }: Props) {
  const basis = updateAt(updates, pageDate);
  const later = updatesAfter(updates, pageDate);
  const l = LOOKS[item.look];
  const Heading = l.heading;
  return (
    <>
      {basis ? (
        <section class={l.basis} data-status-basis="">
          <Heading>{item.t('card_status_basis')}</Heading>
          <ul>
            <UpdateItem update={basis} {...item} />
          </ul>
        </section>
      ) : null}
      {later.length > 0 ? (
        <section class={l.later} data-since-then="">
          <Heading>{item.t('card_since_then')}</Heading>
          <ul>
            {later.map((u) => (
              <UpdateItem key={`${u.date}-${u.status}`} update={u} {...item} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
