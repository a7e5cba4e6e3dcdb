import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createAppRouter } from './router';
import { TAKEOVER_EVENT, TAKEOVER_FAILED_EVENT } from './site/hydrate-on-interaction';
import { fetchCoverData } from './site/load-cover-data';
import './styles/global.css';

// An error a boundary caught (a chart's or a dialog's script that did not
// load) is already shown to the reader with a retry: a warning for
// developers, not an error for monitoring.
const onCaughtError = (error: unknown, info: { componentStack?: string }) => {
  console.warn('[caught]', error, info.componentStack);
};
// A timeline page served without the framework stops answering its links
// itself before the router reads the address (site/hydrate-on-interaction).
document.dispatchEvent(new Event(TAKEOVER_EVENT));
const router = createAppRouter({ scrollRestoration: true, loadCoverData: () => fetchCoverData() });
const container = document.getElementById('root');
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

if (container?.firstElementChild) {
  // Prerendered markup: hydrate it. Without dehydrated router state the
  // router must be told it is hydrating, or it wraps matches in a Suspense
  // the server never rendered (React error #418; see stack-notes §2a).
  router.ssr = { manifest: undefined };
  void router.load().then(() => {
    // A script the page needs (its chapter's section, say) did not load: a
    // dropped connection, a deploy midway. Hydrating now would swap the
    // prerendered text the reader has for an error page, so the page stays
    // as served, as it reads with JavaScript off, with a notice and a retry;
    // a framed embed still reports its height and sends links that leave it
    // to the top window.
    if (router.state.matches.some((match) => match.status === 'error')) {
      console.warn(
        'A script this page needs did not load: the page stays as it was served, without its interactive parts.',
      );
      document.dispatchEvent(new Event(TAKEOVER_FAILED_EVENT));
      // Loaded only here, to keep it out of every page's first script.
      import('./shell/not-interactive-notice')
        .then((notice) => notice.showNotInteractiveNotice())
        // If even this fails to load, the served page is all there is.
        .catch(() => {});
      if (router.state.matches.some((match) => match.routeId.startsWith('/embed'))) {
        // Loaded only here, to keep it out of every page's first script; it is
        // in the embed route's chunk, so usually already in the browser.
        const embedHref = router.buildLocation({ to: '/embed/' }).publicHref;
        Promise.all([import('./embed/use-auto-height'), import('./embed/use-links-open-in-top')])
          .then(([height, links]) => {
            height.startAutoHeight();
            links.startLinksOpenInTop(embedHref);
          })
          // If even these fail to load, the served page is all there is.
          .catch(() => {});
      }
      return;
    }
    hydrateRoot(container, app, {
      onCaughtError,
      onRecoverableError: (error, info) => {
        console.error('[hydration]', error, info.componentStack);
      },
    });
  });
} else if (container) {
  createRoot(container, { onCaughtError }).render(app);
}
