// Built to /theme.js, a blocking script in <head> (external, not inline, so
// the site runs under script-src 'self'): applies the embed's ?theme= or the
// reader's saved choice before first paint, so nobody sees a flash of the
// other scheme. It also starts the one script a page asks to run after its
// first paint (src/site/after-first-paint.ts).
import { applyTheme, embedThemeFrom, savedTheme } from '@/lib/theme';
import { startAfterFirstPaint } from '@/site/after-first-paint';

const forced = embedThemeFrom(window.location.pathname, window.location.search);
applyTheme(forced ?? savedTheme());
startAfterFirstPaint(document);
