import { useCallback, useSyncExternalStore } from 'react';
import { applyTheme, savedTheme, THEME_STORAGE_KEY, type Theme } from '@/lib/theme';

const listeners = new Set<() => void>();
/** The choice made on this page, kept even where storage cannot keep it. */
let current: Theme | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The reader's colour-scheme choice, remembered where storage is allowed and
 * silently not remembered where it throws. The server (and hydration) see
 * `auto`; the saved choice shows right after.
 */
export function useThemePreference() {
  const preference = useSyncExternalStore(
    subscribe,
    () => current ?? savedTheme(),
    () => 'auto' as const,
  );
  const choose = useCallback((next: Theme) => {
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
