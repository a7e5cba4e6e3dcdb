import { Component, type ErrorInfo, type ReactNode } from 'react';

type SectionBoundaryProps = {
  readonly title: string;
  readonly message: string;
  readonly retryLabel: string;
  readonly children: ReactNode;
};

type State = { failed: boolean };

/**
 * Keeps one broken section from blanking the page: the reader gets a short
 * message in the page's own words and a retry, and the rest of the page
 * (navigation, other sections) keeps working.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.info('[section]', error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="section-failed" role="alert">
        <h1 tabIndex={-1}>{this.props.title}</h1>
        <p>{this.props.message}</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
