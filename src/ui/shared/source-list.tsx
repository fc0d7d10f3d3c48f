/**
 * One side of a claim's sources, on the card and in the popup alike: publisher, date and the evidence's age, title
 * (linked only when http/https), summary.
 */
import type { Lang, Source } from '../../evidence/schema';
import { ageInMonths } from '../../core/source-filter';
import type { Translate } from '../translator';

/** "3 months ago" / "3か月前"; years past two years. */
export function ageText(date: string, now: Date, lang: Lang): string {
  const months = Math.max(0, Math.round(ageInMonths(date, now)));
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  return months >= 24 ? rtf.format(-Math.floor(months / 12), 'year') : rtf.format(-months, 'month');
}

/** Only http(s) links are clickable: evidence packs are untrusted and may carry javascript: or data: URLs. */
export function safeHref(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** The strings a source list shows; both the card's bundled strings and the full locale files have them. */
export type SourceListKey = 'card_no_sources' | 'card_opens_new_tab' | 'card_hidden_count' | 'card_untitled_source';

interface Props {
  heading: string;
  /** The card's headings are h3 (under the claim's h2), the popup's h4 (under the claim's h3). */
  headingLevel: 3 | 4;
  /** The side ('supports', 'disputes', 'context'), as a class and data-side for styling. */
  side: string;
  sources: readonly Source[];
  lang: Lang;
  now: Date;
  t: Translate<SourceListKey>;
  /** Sources on this side the reader's filters hid: said as a count. */
  hidden?: number;
  /** An empty side says "no sources" (the card, which always shows both sides); otherwise it is left out. */
  showEmpty?: boolean;
}

export function SourceList({
  heading,
  headingLevel,
  side,
  sources,
  lang,
  now,
  t,
  hidden = 0,
  showEmpty = false,
}: Props) {
  if (sources.length === 0 && !showEmpty && hidden === 0) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section class={`sources ${side}`} data-side={side}>
      <Heading>{heading}</Heading>
      {sources.length === 0 ? <p class="muted">{t('card_no_sources')}</p> : null}
      <ul>
        {sources.map((s, i) => {
          const href = safeHref(s.url);
          return (
            <li key={`${s.publisher}-${s.date}-${i}`} data-publisher={s.publisher}>
              <div class="meta">
                <span class="publisher">{s.publisher}</span> · <time dateTime={s.date}>{s.date}</time>{' '}
                <span class="age">({ageText(s.date, now, lang)})</span>
              </div>
              {/*
                A source whose headline was not recorded gets a plain "open the page" link, never an invented title.
              */}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" class="title">
                  {s.title ? (
                    <span lang={s.lang}>{s.title}</span>
                  ) : (
                    <span class="untitled">{t('card_untitled_source')}</span>
                  )}
                  <span class="sr-only">{t('card_opens_new_tab')}</span>
                </a>
              ) : s.title ? (
                <span class="title" lang={s.lang}>
                  {s.title}
                </span>
              ) : null}
              <p class="summary" lang={s.lang}>
                {s.summary}
              </p>
            </li>
          );
        })}
      </ul>
      {hidden > 0 ? <p class="muted">{t('card_hidden_count', [String(hidden)])}</p> : null}
    </section>
  );
}
