import { Component, type ReactNode } from 'react';

/** Props of a view's error boundary. */
export interface ViewBoundaryProps {
  /** The view's name, for the message ("The map could not be shown"). */
  name: string;
  children: ReactNode;
}

/**
 * Keeps one broken view from blanking the page: the view is replaced by a short message with
 * a button to try again, and the other views go on working.
 */
export class ViewBoundary extends Component<ViewBoundaryProps, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error view-error">
        <p>
          The {this.props.name} could not be shown: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}
