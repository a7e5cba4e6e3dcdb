import type { ErrorComponentProps } from '@tanstack/react-router';
import { EmbedShell } from '@/shell/embed-shell';
import { pageLink } from '@/site/links';
import { RouteErrorNotice } from './error-page';

/** An embed page that failed to load: the notice stays inside the embed's own frame, which keeps reporting its height. */
export function EmbedErrorPage({ reset }: ErrorComponentProps) {
  return (
    <EmbedShell fullPage={pageLink('cover')}>
      <RouteErrorNotice reset={reset} />
    </EmbedShell>
  );
}
