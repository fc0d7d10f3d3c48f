import { LANGS, type Lang } from '../../evidence/schema';
import { SENTENCE_STANCES, STRICTNESS_LEVELS } from '../../shared/vocabulary';
import type { Settings } from '../../storage/settings-types';
import { localeText } from '../locale-messages';
import { Toggle } from '../shared/toggle';
import { Bilingual, LanguageName } from './bilingual';
import { RadioGroup } from './radio-group';

interface Props {
  settings: Settings;
  save(change: (s: Settings) => Settings): void;
  lang: Lang;
}

/**
 * On/off, matching strictness, what gets highlighted and how, theme, badge, the language of Kensho's pages and cards.
 */
export function GeneralSection({ settings, save, lang }: Props) {
  const t = localeText(lang);
  // The language choice is labelled in both languages, this page's first, so a reader can find it either way.
  return (
    <section aria-labelledby="k-general-h">
      <h2 id="k-general-h">{t('options_generalHeading')}</h2>
      <Toggle
        label={t('options_enabled')}
        checked={settings.enabled}
        onChange={(enabled) => save((s) => ({ ...s, enabled }))}
      />
      <Toggle
        label={t('options_showBadge')}
        checked={settings.showBadge}
        onChange={(showBadge) => save((s) => ({ ...s, showBadge }))}
      />
      <RadioGroup
        name="strictness"
        legend={t('options_strictness')}
        value={settings.strictness}
        options={STRICTNESS_LEVELS.map((v) => ({
          value: v,
          label: t(`options_strictness_${v}`),
          hint: t(`options_strictnessHint_${v}`),
        }))}
        onChange={(strictness) => save((s) => ({ ...s, strictness }))}
      />
      <fieldset>
        <legend>{t('options_highlightStances')}</legend>
        <div class="k-check-grid">
          {SENTENCE_STANCES.map((stance) => (
            <label key={stance}>
              <input
                type="checkbox"
                checked={settings.highlightStances.includes(stance)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  save((s) => ({
                    ...s,
                    highlightStances: on
                      ? [...s.highlightStances, stance]
                      : s.highlightStances.filter((x) => x !== stance),
                  }));
                }}
              />
              {t(`options_stance_${stance}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <RadioGroup
        name="highlightStyle"
        legend={t('options_highlightStyle')}
        value={settings.highlightStyle}
        options={(['background', 'underline'] as const).map((v) => ({
          value: v,
          label: t(`options_highlightStyle_${v}`),
        }))}
        onChange={(highlightStyle) => save((s) => ({ ...s, highlightStyle }))}
      />
      <RadioGroup
        name="theme"
        legend={t('options_theme')}
        value={settings.theme}
        options={(['auto', 'light', 'dark'] as const).map((v) => ({ value: v, label: t(`options_theme_${v}`) }))}
        onChange={(theme) => save((s) => ({ ...s, theme }))}
      />
      <RadioGroup
        name="language"
        legend={<Bilingual k="options_language" first={lang} />}
        value={settings.language}
        options={[
          { value: 'browser' as const, label: <Bilingual k="options_language_browser" first={lang} /> },
          ...LANGS.map((l) => ({ value: l, label: <LanguageName lang={l} /> })),
        ]}
        onChange={(language) => save((s) => ({ ...s, language }))}
      />
    </section>
  );
}
