// `?theme=dark|light|auto` on an embed page. tokens.css styles
// `:root[data-theme='dark'|'light']`; without the attribute it follows the
// reader's system setting, which is what `auto` means. Nothing is stored:
// storage throws in sandboxed frames, and the host's choice is in the URL.

export const embedThemes = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof embedThemes)[number];

/** The theme a search value asks for; unknown values are ignored (undefined). */
export function parseTheme(value: unknown): EmbedTheme | undefined {
  return embedThemes.find((theme) => theme === value);
}

/** Sets the page's colour scheme. `auto` (or nothing) returns control to the system setting. */
export function applyTheme(theme: EmbedTheme | undefined, root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') {
    root.dataset.theme = theme;
    // Form controls and scrollbars follow too (CSSOM, allowed under style-src 'self').
    root.style.colorScheme = theme;
  } else {
    delete root.dataset.theme;
    root.style.removeProperty('color-scheme');
  }
}
