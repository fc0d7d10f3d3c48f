import { Fragment } from 'preact';
import type { Lang } from '../../evidence/schema';
import { localeText, type MessageKey } from '../locale-messages';

/**
 * A string in both of Kensho's languages, the page's own first ("Language … / …の言語"): for the setting a reader
 * must find even when the browser speaks the other language. Each part carries its `lang` for screen readers.
 */
export function Bilingual({ k, first }: { k: MessageKey; first: Lang }) {
  const order: Lang[] = first === 'ja' ? ['ja', 'en'] : ['en', 'ja'];
  return (
    <>
      {order.map((lang, i) => (
        <Fragment key={lang}>
          {i > 0 && ' / '}
          <span lang={lang}>{localeText(lang)(k)}</span>
        </Fragment>
      ))}
    </>
  );
}

/** A language by its own name ("English", "日本語"), marked up in that language. */
export function LanguageName({ lang }: { lang: Lang }) {
  return <span lang={lang}>{localeText(lang)('options_languageName')}</span>;
}
