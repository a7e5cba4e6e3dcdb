import { useLayoutEffect } from 'react';
import { applyTheme, parseTheme, type Theme } from '@/lib/theme';

/**
 * Applies the host's `?theme=` to the embed page. Without one, whatever is
 * already in force stays (the system setting). Undone on unmount, so a
 * same-tab trip from an embed page to a full page leaves no trace.
 */
export function useEmbedTheme(theme: Theme | undefined): void {
  useLayoutEffect(() => {
    if (!theme) return;
    const root = document.documentElement;
    const previous = parseTheme(root.dataset.theme);
    applyTheme(theme, root);
    return () => applyTheme(previous, root);
  }, [theme]);
}
