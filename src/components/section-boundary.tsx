import { Component, type ReactNode } from 'react';
import { ErrorNotice } from './error-notice';

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

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorNotice
        title={this.props.title}
        message={this.props.message}
        retryLabel={this.props.retryLabel}
        onRetry={() => this.setState({ failed: false })}
      />
    );
  }
}
