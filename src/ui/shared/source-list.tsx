import type { Source } from '../../evidence/schema';

interface Props {
  heading: string;
  sources: readonly Source[];
}

/** Sources on one side of a claim: publisher, date, linked title (http(s) only) and summary. */
export function SourceList({ heading, sources }: Props) {
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
              <a href={s.url} target="_blank" rel="noopener noreferrer" lang={s.lang}>
                {s.title}
              </a>
            ) : (
              <span lang={s.lang}>{s.title}</span>
            )}
            <p class="k-source-summary" lang={s.lang}>
              {s.summary}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
