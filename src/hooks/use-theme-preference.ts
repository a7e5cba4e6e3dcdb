import { useCallback, useSyncExternalStore } from 'react';

export type ThemePreference = 'auto' | 'light' | 'dark';

/** Shared with public/theme.js, which applies the saved choice before paint. */
export const THEME_STORAGE_KEY = 'storm-0558-theme';

const listeners = new Set<() => void>();
/** The choice made on this page, kept even where storage cannot keep it. */
let current: ThemePreference | null = null;

function readSaved(): ThemePreference {
  if (current) return current;
  try {
    const saved = window.localStorage.getItem(THEME_STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'auto';
  } catch {
    return 'auto';
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Applies a preference to the document; `auto` follows the system setting. */
export function applyTheme(preference: ThemePreference) {
  const root = document.documentElement;
  if (preference === 'auto') delete root.dataset.theme;
  else root.dataset.theme = preference;
}

/**
 * The reader's colour-scheme choice, remembered where storage is allowed and
 * silently not remembered where it throws. The server (and hydration) see
 * `auto`; the saved choice shows right after.
 */
export function useThemePreference() {
  const preference = useSyncExternalStore(subscribe, readSaved, () => 'auto' as const);
  const choose = useCallback((next: ThemePreference) => {
    current = next;
    applyTheme(next);
    try {
      if (next === 'auto') window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage is unavailable (sandboxed frame, privacy mode): the choice lasts for this page only.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [preference, choose] as const;
}
