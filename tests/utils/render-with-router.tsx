import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { act, render } from '@testing-library/react';
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
