import { useState } from 'preact/hooks';
import { LANGS, SOURCE_KINDS, SOURCE_STANCES, type Lang } from '../../evidence/schema';
import type { Settings, SourceFilters } from '../../storage/settings-types';
import { localeText, type MessageKey } from '../locale-messages';
import { CheckGroup } from './check-group';

interface Props {
  settings: Settings;
  save(change: (s: Settings) => Settings): void;
  /** Every publisher in the evidence base, for suggestions. */
  publishers: string[];
  lang: Lang;
}

const AGES = [null, 6, 12, 24, 36, 60] as const;
const KIND_KEY = {
  'news-agency': 'options_kind_news_agency',
  newspaper: 'options_kind_newspaper',
  magazine: 'options_kind_magazine',
  video: 'options_kind_video',
  blog: 'options_kind_blog',
  research: 'options_kind_research',
  official: 'options_kind_official',
} as const satisfies Record<(typeof SOURCE_KINDS)[number], MessageKey>;

/** Which sources cards and the popup show: by publisher, kind, language, stance and age. */
export function FiltersSection({ settings, save, publishers, lang }: Props) {
  const t = localeText(lang);
  const f = settings.sourceFilters;
  const [draft, setDraft] = useState('');
  const setFilters = (change: (f: SourceFilters) => SourceFilters) =>
    save((s) => ({ ...s, sourceFilters: change(s.sourceFilters) }));
  const hidePublisher = () => {
    const name = draft.trim();
    if (!name) return;
    setFilters((x) => ({
      ...x,
      hiddenPublishers: [...x.hiddenPublishers.filter((p) => p.toLowerCase() !== name.toLowerCase()), name],
    }));
    setDraft('');
  };
  return (
    <section aria-labelledby="k-filters-h">
      <h2 id="k-filters-h">{t('options_filtersHeading')}</h2>
      <p class="k-muted">{t('options_filtersIntro')}</p>
      <fieldset>
        <legend>{t('options_hiddenPublishers')}</legend>
        <form
          class="k-row"
          onSubmit={(e) => {
            e.preventDefault();
            hidePublisher();
          }}
        >
          <label for="k-publisher">{t('options_publisherLabel')}</label>
          <input
            id="k-publisher"
            type="text"
            list="k-publisher-list"
            value={draft}
            maxLength={120}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <datalist id="k-publisher-list">
            {publishers.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <button type="submit" class="k-button">
            {t('options_hidePublisher')}
          </button>
        </form>
        {f.hiddenPublishers.length === 0 ? (
          <p class="k-muted">{t('options_noHiddenPublishers')}</p>
        ) : (
          <ul class="k-chips" aria-label={t('options_hiddenPublishers')}>
            {f.hiddenPublishers.map((p) => (
              <li key={p}>
                {p}
                <button
                  type="button"
                  class="k-button"
                  aria-label={t('options_showPublisherAgain', p)}
                  onClick={() =>
                    setFilters((x) => ({ ...x, hiddenPublishers: x.hiddenPublishers.filter((y) => y !== p) }))
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <CheckGroup
        legend={t('options_kinds')}
        all={SOURCE_KINDS}
        hidden={f.hiddenKinds}
        label={(k) => t(KIND_KEY[k])}
        onChange={(hiddenKinds) => setFilters((x) => ({ ...x, hiddenKinds }))}
      />
      <CheckGroup
        legend={t('options_langs')}
        all={LANGS}
        hidden={f.hiddenLangs}
        label={(l) => t(`options_lang_${l}`)}
        onChange={(hiddenLangs) => setFilters((x) => ({ ...x, hiddenLangs }))}
      />
      <CheckGroup
        legend={t('options_sourceStances')}
        all={SOURCE_STANCES}
        hidden={f.hiddenStances}
        label={(s) => t(`options_sourceStance_${s}`)}
        onChange={(hiddenStances) => setFilters((x) => ({ ...x, hiddenStances }))}
      />
      <div class="k-row">
        <label for="k-max-age">{t('options_maxAge')}</label>
        <select
          id="k-max-age"
          value={f.maxAgeMonths === null ? '' : String(f.maxAgeMonths)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setFilters((x) => ({ ...x, maxAgeMonths: v === '' ? null : Number(v) }));
          }}
        >
          {AGES.map((a) => (
            <option key={String(a)} value={a === null ? '' : String(a)}>
              {a === null ? t('options_maxAgeAny') : t('options_maxAgeMonths', String(a))}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
