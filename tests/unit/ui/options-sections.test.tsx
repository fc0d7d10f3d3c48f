import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/evidence/schema';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';
import { localeText } from '../../../src/ui/locale-messages';
import { FiltersSection } from '../../../src/ui/options/filters-section';
import { GeneralSection } from '../../../src/ui/options/general-section';
import { mount } from './mount';

const props = (lang: Lang) => ({ settings: DEFAULT_SETTINGS, save: () => {}, lang });

describe('options sections', () => {
  it.each(['en', 'ja'] as const)('speak the language they are given (%s), not the browser’s', (lang) => {
    const t = localeText(lang);
    const general = mount(h(GeneralSection, props(lang)));
    expect(general.querySelector('h2')!.textContent).toBe(t('options_generalHeading'));
    expect(general.querySelector('fieldset legend')!.textContent).toBe(t('options_strictness'));
    const filters = mount(h(FiltersSection, { ...props(lang), publishers: [] }));
    expect(filters.querySelector('h2')!.textContent).toBe(t('options_filtersHeading'));
    expect(filters.textContent).toContain(t('options_kind_news_agency'));
  });

  it('label the language choice in both languages, the page’s own first', () => {
    const [en, ja] = [localeText('en'), localeText('ja')];
    const legend = (lang: Lang) => mount(h(GeneralSection, props(lang))).querySelector('fieldset:last-of-type legend')!;
    expect(legend('en').textContent).toBe(`${en('options_language')} / ${ja('options_language')}`);
    expect(legend('ja').textContent).toBe(`${ja('options_language')} / ${en('options_language')}`);
    expect([...legend('ja').querySelectorAll('span')].map((s) => s.getAttribute('lang'))).toEqual(['ja', 'en']);
  });
});
