import type { Source } from '../../evidence/schema';

interface Props {
  heading: string;
  sources: readonly Source[];
  /** Link text for a source whose headline was not recorded (never an invented title). */
  untitled: string;
}

/** Sources on one side of a claim: publisher, date, linked title (http(s) only) and summary. */
export function SourceList({ heading, sources, untitled }: Props) {
  if (sources.length === 0) return null;
  return (
    <section class="k-sources">
      <h4>{heading}</h4>
      <ul>
        {sources.map((s, i) => (
          <li key={`${s.publisher}-${s.date}-${i}`}>
            <span class="k-source-meta">
              {s.publisher} · <time dateTime={s.date}>{s.date}</time>
            </span>{' '}
            {s.url && /^https?:\/\//i.test(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer" lang={s.title ? s.lang : undefined}>
                {s.title ?? untitled}
              </a>
            ) : s.title ? (
              <span lang={s.lang}>{s.title}</span>
            ) : null}
            <p class="k-source-summary" lang={s.lang}>
              {s.summary}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
