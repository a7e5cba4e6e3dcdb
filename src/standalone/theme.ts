// Built to /theme.js, a blocking script in <head> (external, not inline, so
// the site runs under script-src 'self'): applies the embed's ?theme= or the
// reader's saved choice before first paint, so nobody sees a flash of the
// other scheme.
import { applyTheme, embedThemeFrom, savedTheme } from '@/lib/theme';

const forced = embedThemeFrom(window.location.pathname, window.location.search);
applyTheme(forced ?? savedTheme());
