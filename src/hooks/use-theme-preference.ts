import { useCallback, useEffect, useState } from 'react';

export type ThemePreference = 'auto' | 'light' | 'dark';

/** Shared with public/theme.js, which applies the saved choice before paint. */
export const THEME_STORAGE_KEY = 'storm-0558-theme';

function readSaved(): ThemePreference {
  try {
    const saved = window.localStorage.getItem(THEME_STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'auto';
  } catch {
    return 'auto';
  }
}

/** Applies a preference to the document; `auto` follows the system setting. */
export function applyTheme(preference: ThemePreference) {
  const root = document.documentElement;
  if (preference === 'auto') delete root.dataset.theme;
  else root.dataset.theme = preference;
}

/**
 * The reader's colour-scheme choice, remembered where storage is allowed and
 * silently not remembered where it throws. Starts as `auto` on the server and
 * in the first client render (so hydration matches), then reads storage.
 */
export function useThemePreference() {
  const [preference, setPreference] = useState<ThemePreference>('auto');
  useEffect(() => {
    setPreference(readSaved());
  }, []);
  const choose = useCallback((next: ThemePreference) => {
    setPreference(next);
    applyTheme(next);
    try {
      if (next === 'auto') window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage is unavailable (sandboxed frame, privacy mode): the choice lasts for this page only.
    }
  }, []);
  return [preference, choose] as const;
}
