import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorNotice } from '@/components/error-notice';
import { siteCopy } from '@/content/site';
import { SiteShell } from '@/shell/site-shell';

/** The notice for a route that failed to load, with a retry that loads it again. */
export function RouteErrorNotice({ reset }: Pick<ErrorComponentProps, 'reset'>) {
  const router = useRouter();
  return (
    <ErrorNotice
      title={siteCopy.error.title}
      message={siteCopy.error.body}
      retryLabel={siteCopy.error.retry}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}

/** A page that failed to load, inside the site's frame. */
export function ErrorPage({ reset }: ErrorComponentProps) {
  return (
    <SiteShell>
      <RouteErrorNotice reset={reset} />
    </SiteShell>
  );
}
