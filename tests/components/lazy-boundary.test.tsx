import type { ComponentType } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LazyBoundary, lazyPart } from '@/components/lazy-boundary';
import { failedModuleUrl, importWithRetry } from '@/lib/import-retry';

const labels = { failedMessage: 'The chart could not load.', retryLabel: 'Try again' };
/** The loaders below resolve to the component itself. */
const itself = (component: typeof Chart) => component;

function Chart({ name }: { readonly name: string }) {
  return <p>Chart of {name}</p>;
}

/** A chart whose code fails to load once (a chunk that did not arrive), then loads. */
function loadFailingOnce() {
  // React reports the caught error on the console; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
  return vi.fn<() => Promise<typeof Chart>>().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue(Chart);
}

function renderInBoundary(LazyChart: ComponentType<{ readonly name: string }>) {
  render(
    <LazyBoundary fallback={<p>Loading</p>} {...labels}>
      <LazyChart name="events" />
    </LazyBoundary>,
  );
}

describe('LazyBoundary with lazyPart', () => {
  it('shows the fallback while the chart loads, then the chart with its props', async () => {
    const LazyChart = lazyPart(() => Promise.resolve(Chart), itself);
    render(
      <LazyBoundary fallback={<p>Loading</p>} {...labels}>
        <LazyChart name="events" />
      </LazyBoundary>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Chart of events')).toBeInTheDocument();
  });

  it('loads the chart once however often it re-renders', async () => {
    const load = vi.fn(() => Promise.resolve(Chart));
    const LazyChart = lazyPart(load, itself);
    const ui = (name: string) => (
      <LazyBoundary fallback={null} {...labels}>
        <LazyChart name={name} />
      </LazyBoundary>
    );
    const { rerender } = render(ui('one'));
    await screen.findByText('Chart of one');
    rerender(ui('two'));
    expect(await screen.findByText('Chart of two')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows a message when the chart fails to load, and a retry that really loads again', async () => {
    const user = userEvent.setup();
    const load = loadFailingOnce();
    renderInBoundary(lazyPart(load, itself));
    expect(await screen.findByText(labels.failedMessage)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: labels.retryLabel }));
    expect(await screen.findByText('Chart of events')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(labels.failedMessage)).not.toBeInTheDocument();
  });
});

describe('lazyPart preload', () => {
  it('fetches the code once, ahead of the first draw, which then reuses it', async () => {
    const load = vi.fn(() => Promise.resolve(Chart));
    const LazyChart = lazyPart(load, itself);
    LazyChart.preload();
    LazyChart.preload();
    expect(load).toHaveBeenCalledTimes(1);
    renderInBoundary(LazyChart);
    expect(await screen.findByText('Chart of events')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed preload, so drawing the chart fetches it again', async () => {
    const load = loadFailingOnce();
    const LazyChart = lazyPart(load, itself);
    LazyChart.preload();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    // Let the failed fetch settle before the chart is drawn.
    await Promise.resolve();
    renderInBoundary(LazyChart);
    expect(await screen.findByText('Chart of events')).toBeInTheDocument();
    expect(screen.queryByText(labels.failedMessage)).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('importWithRetry', () => {
  it('reads the failed module from the browser’s message, in Chromium’s and Firefox’s wording', () => {
    expect(
      failedModuleUrl(
        new TypeError('Failed to fetch dynamically imported module: https://example.org/assets/chart-AbC1.js'),
      ),
    ).toBe('https://example.org/assets/chart-AbC1.js');
    expect(
      failedModuleUrl(
        new TypeError('error loading dynamically imported module: http://127.0.0.1:4173/news/assets/x-1.js'),
      ),
    ).toBe('http://127.0.0.1:4173/news/assets/x-1.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
  });

  it('passes the first attempt through, and rethrows when the browser names no module', async () => {
    const failure = new TypeError('Importing a module script failed.');
    await expect(importWithRetry(() => Promise.reject(failure), 0)).rejects.toBe(failure);
    await expect(importWithRetry(() => Promise.reject(failure), 2)).rejects.toBe(failure);
    await expect(importWithRetry(() => Promise.resolve('module'), 1)).resolves.toBe('module');
  });
});
