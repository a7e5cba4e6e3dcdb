import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createAppRouter } from './router';
import { fetchCoverData } from './site/load-cover-data';
import './styles/global.css';

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
    hydrateRoot(container, app, {
      onRecoverableError: (error, info) => {
        console.error('[hydration]', error, info.componentStack);
      },
    });
  });
} else if (container) {
  createRoot(container).render(app);
}
