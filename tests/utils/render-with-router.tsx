import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { act, render } from '@testing-library/react';
import { createAppRouter } from '@/router';

/** Renders the real route tree at `url`, as a reader would arrive there. */
export async function renderWithRouter(url: string) {
  const router = createAppRouter({
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  await act(() => router.load());
  const view = render(<RouterProvider router={router} />);
  return { router, ...view };
}
