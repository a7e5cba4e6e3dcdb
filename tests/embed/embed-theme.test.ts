import { afterEach, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { applyTheme, embedThemes, parseTheme } from '@/embed/embed-theme';
import { useEmbedTheme } from '@/embed/use-embed-theme';

const root = document.documentElement;

afterEach(() => applyTheme(undefined));

describe('parseTheme', () => {
  it('accepts the three themes and ignores anything else', () => {
    for (const theme of embedThemes) expect(parseTheme(theme)).toBe(theme);
    for (const value of ['DARK', 'blue', '', undefined, 1, ['dark'], { theme: 'dark' }]) {
      expect(parseTheme(value)).toBeUndefined();
    }
  });
});

describe('applyTheme', () => {
  it('sets light or dark on the root element, and auto hands back to the system setting', () => {
    applyTheme('dark');
    expect(root.dataset.theme).toBe('dark');
    expect(root).toHaveStyle({ colorScheme: 'dark' });
    applyTheme('light');
    expect(root.dataset.theme).toBe('light');
    applyTheme('auto');
    expect(root).not.toHaveAttribute('data-theme');
    expect(root.getAttribute('style') ?? '').not.toContain('color-scheme');
  });
});

describe('useEmbedTheme', () => {
  it('applies the host’s theme and restores what was there on unmount', () => {
    root.dataset.theme = 'light';
    const { rerender, unmount } = renderHook(({ theme }) => useEmbedTheme(theme), {
      initialProps: { theme: 'dark' as 'dark' | 'auto' | undefined },
    });
    expect(root.dataset.theme).toBe('dark');
    rerender({ theme: 'auto' });
    expect(root).not.toHaveAttribute('data-theme');
    unmount();
    expect(root.dataset.theme).toBe('light');
  });

  it('leaves the page alone without a theme', () => {
    root.dataset.theme = 'dark';
    renderHook(() => useEmbedTheme(undefined));
    expect(root.dataset.theme).toBe('dark');
  });
});
