/** One side's sources on a card: publisher, date with the evidence's age, title (linked when http/https), summary. */
import type { Lang, Source } from '../../evidence/schema';
import { ageInMonths } from '../../core/source-filter';
import { cardText } from './card-text';

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

export function SourceList(props: { heading: string; kind: string; sources: Source[]; hidden: number; lang: Lang; now: Date }) {
  const { heading, kind, sources, hidden, lang, now } = props;
  const t = cardText(lang);
  return (
    <section class={`sources ${kind}`} data-side={kind}>
      <h3>{heading}</h3>
      {sources.length === 0 ? <p class="muted">{t('card_no_sources')}</p> : null}
      <ul>
        {sources.map((s) => {
          const href = safeHref(s.url);
          return (
            <li data-publisher={s.publisher}>
              <div class="meta">
                <span class="publisher">{s.publisher}</span> · <time dateTime={s.date}>{s.date}</time>{' '}
                <span class="age">({ageText(s.date, now, lang)})</span>
              </div>
              {/* A source whose headline was not recorded gets a plain "open the page" link, never an invented title. */}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" class="title">
                  {s.title ? <span lang={s.lang}>{s.title}</span> : <span class="untitled">{t('card_untitled_source')}</span>}
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
