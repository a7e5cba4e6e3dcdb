// The colour scheme, in one place: the choices, where the full site keeps
// the reader's choice, how an embed's URL names one, and how a choice is
// applied: as data-theme on the root, which sets its color-scheme in
// tokens.css; without it the page follows the system setting, which is what
// `auto` means.
// standalone/theme.ts (built to /theme.js) applies it before first paint.

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const THEME_STORAGE_KEY = 'storm-0558-theme';

/** The theme a value names; anything else is undefined. */
export function parseTheme(value: unknown): Theme | undefined {
  return themes.find((theme) => theme === value);
}

/** Sets the page's colour scheme; `auto` (or nothing) returns control to the system setting. */
export function applyTheme(theme: Theme | undefined, root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/** The reader's saved choice; `auto` when there is none or storage throws (sandboxed frames, privacy modes). */
export function savedTheme(storage: () => Storage = () => window.localStorage): Theme {
  try {
    return parseTheme(storage().getItem(THEME_STORAGE_KEY)) ?? 'auto';
  } catch {
    return 'auto';
  }
}

/** An embed page's `?theme=`: embeds take the host's choice from their URL and never store one. */
export function embedThemeFrom(pathname: string, search: string): Theme | undefined {
  if (!/^\/(?:.*\/)?embed\//.test(pathname)) return undefined;
  return parseTheme(new URLSearchParams(search).get('theme'));
}
