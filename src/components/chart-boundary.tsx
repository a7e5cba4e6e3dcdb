import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';

type ChartBoundaryProps = {
  /** Shown while the chart's code loads, and instead of it on failure. */
  readonly fallback: ReactNode;
  /** The message and button text when the chart's code failed to load. */
  readonly failedMessage: string;
  readonly retryLabel: string;
  readonly children: ReactNode;
};

type State = { failed: boolean; attempt: number };

/**
 * Wraps a lazily loaded chart: while it loads, and if its chunk fails, the
 * reader keeps the fallback (the text alternative), with a retry button.
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
      <Suspense key={this.state.attempt} fallback={this.props.fallback}>
        {this.props.children}
      </Suspense>
    );
  }
}
