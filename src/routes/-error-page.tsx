import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { siteCopy } from '@/content/site';
import { SiteShell } from './-site-shell';

export function ErrorPage({ reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <SiteShell>
      <article className="error-page" role="alert">
        <h1 tabIndex={-1}>{siteCopy.error.title}</h1>
        <p>{siteCopy.error.body}</p>
        <button
          type="button"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          {siteCopy.error.retry}
        </button>
      </article>
    </SiteShell>
  );
}
