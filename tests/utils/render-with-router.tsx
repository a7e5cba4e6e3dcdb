import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { ReactNode } from 'react';
import { createAppRouter } from '@/router';
import { buildCoverDataLazily } from '@/site/load-cover-data';

/** The app's router at `url`, with the cover reading its data from the modules (no server to fetch from). */
export function createTestRouter(url: string) {
  return createAppRouter({
    history: createMemoryHistory({ initialEntries: [url] }),
    loadCoverData: buildCoverDataLazily,
  });
}

/** Renders the real route tree at `url`, as a reader would arrive there. */
export async function renderWithRouter(url: string) {
  const router = createTestRouter(url);
  await act(() => router.load());
  const view = render(<RouterProvider router={router} />);
  return { router, ...view };
}

/** The HTML the prerender writes for `url`: the real route tree rendered on the server, flagged as the prerender flags it. */
export async function serverMarkup(url: string): Promise<string> {
  const router = createTestRouter(url);
  // jsdom runs the router's client build; flag both renders alike, as the real prerender and main.tsx do.
  router.ssr = { manifest: undefined };
  await router.load();
  return renderToString(<RouterProvider router={router} />);
}

/**
 * Hydrates `node` over the server markup already in `container`, as main.tsx
 * does. `errors` holds what React could only recover from (a hydration
 * mismatch among them); `unmount` ends it.
 */
export async function hydrateOver(container: Element, node: ReactNode) {
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, node, { onRecoverableError: (error) => errors.push(error) }),
  );
  return { errors, unmount: () => act(() => root.unmount()) };
}

/** Hydrates the real route tree at `url` over its server markup in `container` (see hydrateOver). */
export async function hydrateAt(url: string, container: Element) {
  const router = createTestRouter(url);
  router.ssr = { manifest: undefined };
  await router.load();
  return hydrateOver(container, <RouterProvider router={router} />);
}
