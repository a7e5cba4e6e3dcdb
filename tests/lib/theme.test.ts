import { afterEach, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useEmbedTheme } from '@/embed/use-embed-theme';
import { applyTheme, embedThemeFrom, parseTheme, savedTheme, THEME_STORAGE_KEY, themes } from '@/lib/theme';

const root = document.documentElement;

afterEach(() => applyTheme(undefined));

describe('parseTheme', () => {
  it('accepts the three themes and ignores anything else', () => {
    for (const theme of themes) expect(parseTheme(theme)).toBe(theme);
    for (const value of ['DARK', 'blue', '', undefined, 1, ['dark'], { theme: 'dark' }]) {
      expect(parseTheme(value)).toBeUndefined();
    }
  });
});

describe('applyTheme', () => {
  it('sets light or dark on the root element, and auto hands back to the system setting', () => {
    applyTheme('dark');
    expect(root.dataset.theme).toBe('dark');
    applyTheme('light');
    expect(root.dataset.theme).toBe('light');
    applyTheme('auto');
    expect(root).not.toHaveAttribute('data-theme');
  });
});

describe('savedTheme', () => {
  afterEach(() => window.localStorage.clear());

  it('reads the reader’s saved choice, and is auto when there is none, a bad one, or no storage', () => {
    expect(savedTheme()).toBe('auto');
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    expect(savedTheme()).toBe('dark');
    window.localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    expect(savedTheme()).toBe('auto');
    expect(
      savedTheme(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBe('auto');
  });
});

describe('embedThemeFrom', () => {
  it('takes ?theme= on embed pages only, under any base path', () => {
    expect(embedThemeFrom('/embed/who/', '?theme=dark')).toBe('dark');
    expect(embedThemeFrom('/news/x/embed/timeline/', '?childId=a&theme=light')).toBe('light');
    expect(embedThemeFrom('/embed/who/', '?theme=auto')).toBe('auto');
    expect(embedThemeFrom('/embed/who/', '?theme=blue')).toBeUndefined();
    expect(embedThemeFrom('/who/', '?theme=dark')).toBeUndefined();
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
