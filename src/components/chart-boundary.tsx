import {
  Component,
  createContext,
  lazy,
  Suspense,
  useContext,
  type ComponentType,
  type ErrorInfo,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { importWithRetry } from '@/lib/import-retry';

type ChartBoundaryProps = {
  /** Shown while the chart's code loads, and beside the message on failure. */
  readonly fallback: ReactNode;
  /** The message and button text when the chart's code failed to load. */
  readonly failedMessage: string;
  readonly retryLabel: string;
  /** Usually a component made with `lazyChart`, so that a retry loads it again. */
  readonly children: ReactNode;
};

type State = { failed: boolean; attempt: number };

/** Which load attempt the boundary is on; `lazyChart` components key their import on it. */
const AttemptContext = createContext(0);

/**
 * Wraps a lazily loaded chart: while it loads, and if its chunk fails, the
 * reader keeps the fallback, with a message and a retry button on failure.
 *
 * React.lazy caches a rejected import for good, and so does the browser's
 * module map, so a retry only reloads children made with `lazyChart` (a
 * plain React.lazy child would fail again at once).
 */
export class ChartBoundary extends Component<ChartBoundaryProps, State> {
  state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Logged for developers; the reader sees the message below, not a blank.
    console.info('[chart]', error, info.componentStack);
  }

  private retry = () => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));

  render() {
    if (this.state.failed) {
      return (
        <div className="chart-failed" role="status">
          <p>{this.props.failedMessage}</p>
          <button type="button" onClick={this.retry}>
            {this.props.retryLabel}
          </button>
        </div>
      );
    }
    return (
      <AttemptContext.Provider value={this.state.attempt}>
        <Suspense key={this.state.attempt} fallback={this.props.fallback}>
          {this.props.children}
        </Suspense>
      </AttemptContext.Provider>
    );
  }
}

/**
 * Like React.lazy for a chart component, but a ChartBoundary retry loads it
 * again, from a fresh URL if the browser remembers the failure: each attempt
 * gets its own lazy component, made once and kept, so re-renders within an
 * attempt never reload it.
 *
 * @example
 * const DwellPlot = lazyChart(() => import('./dwell-plot'), (m) => m.DwellPlot);
 * <ChartBoundary fallback={table} failedMessage="…" retryLabel="…"><DwellPlot data={…} /></ChartBoundary>
 */
export function lazyChart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> & { readonly preload: () => void } {
  const attempts = new Map<number, LazyExoticComponent<ComponentType<P>>>();
  // The first attempt's import, shared with `preload`; a retry imports afresh.
  // A failed preload is forgotten, so drawing the chart later fetches again.
  let first: Promise<M> | undefined;
  const loadFirst = () => {
    if (!first) {
      first = load();
      first.catch(() => {
        first = undefined;
      });
    }
    return first;
  };
  const forAttempt = (attempt: number) => {
    let chart = attempts.get(attempt);
    if (!chart) {
      const loading = attempt === 0 ? loadFirst() : importWithRetry(load, attempt);
      chart = lazy(() => loading.then((module) => ({ default: pick(module) })));
      attempts.set(attempt, chart);
    }
    return chart;
  };
  function LazyChart(props: P) {
    const Chart = forAttempt(useContext(AttemptContext));
    return <Chart {...props} />;
  }
  /** Fetches the chart's code ahead of drawing it; if that fails, drawing it tries again. */
  LazyChart.preload = () => {
    loadFirst().catch(() => {});
  };
  return LazyChart;
}
