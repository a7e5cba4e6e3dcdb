import {
  Component,
  createContext,
  lazy,
  Suspense,
  useContext,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { importWithRetry } from '@/lib/import-retry';
import { PartFailed } from './part-failed';

type LazyBoundaryProps = {
  /** Shown while the part's code loads, and beside the message on failure. */
  readonly fallback: ReactNode;
  /** The message and button text when the part's code failed to load. */
  readonly failedMessage: string;
  readonly retryLabel: string;
  /** A component made with `lazyPart`, so that a retry loads it again. */
  readonly children: ReactNode;
};

type State = { failed: boolean; attempt: number };

/** Which load attempt the boundary is on; `lazyPart` components key their import on it. */
const AttemptContext = createContext(0);

/**
 * Wraps a lazily loaded part of a page (a chart, a dialog): while it loads,
 * and if its chunk fails, the reader keeps the fallback, with a message and
 * a retry button on failure.
 *
 * React.lazy caches a rejected import for good, and so does the browser's
 * module map, so a retry only reloads children made with `lazyPart` (a
 * plain React.lazy child would fail again at once).
 */
export class LazyBoundary extends Component<LazyBoundaryProps, State> {
  state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  private retry = () => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));

  render() {
    if (this.state.failed) {
      return <PartFailed message={this.props.failedMessage} retryLabel={this.props.retryLabel} onRetry={this.retry} />;
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
 * Like React.lazy for a part of a page, but a LazyBoundary retry loads it
 * again, from a fresh URL if the browser remembers the failure: each attempt
 * gets its own lazy component, made once and kept, so re-renders within an
 * attempt never reload it.
 *
 * @example
 * const DwellPlot = lazyPart(() => import('./dwell-plot'), (m) => m.DwellPlot);
 * <LazyBoundary fallback={table} failedMessage="…" retryLabel="…"><DwellPlot data={…} /></LazyBoundary>
 */
export function lazyPart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> & { readonly preload: () => void } {
  const attempts = new Map<number, LazyExoticComponent<ComponentType<P>>>();
  // The first attempt's import, shared with `preload`; a retry imports afresh.
  // A failed preload is forgotten, so drawing the part later fetches again.
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
    let part = attempts.get(attempt);
    if (!part) {
      const loading = attempt === 0 ? loadFirst() : importWithRetry(load, attempt);
      part = lazy(() => loading.then((module) => ({ default: pick(module) })));
      attempts.set(attempt, part);
    }
    return part;
  };
  function LazyPart(props: P) {
    const Part = forAttempt(useContext(AttemptContext));
    return <Part {...props} />;
  }
  /** Fetches the part's code ahead of drawing it; if that fails, drawing it tries again. */
  LazyPart.preload = () => {
    loadFirst().catch(() => {});
  };
  return LazyPart;
}
