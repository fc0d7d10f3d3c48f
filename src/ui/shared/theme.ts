import type { Theme } from '../../storage/settings-types';

/** Applies the reader's theme: 'auto' leaves it to prefers-color-scheme (see base.css). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
