import { SiteLink } from '@/components/site-link';
import { siteCopy } from '@/content/site';
import { storyMeta } from '@/content/story';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { pageTitle } from '@/lib/page-title';
import { SiteShell } from './-site-shell';

export function NotFoundPage() {
  const copy = siteCopy.notFound;
  useDocumentTitle(pageTitle(copy.title, storyMeta.siteName));
  return (
    <SiteShell>
      <article className="not-found" aria-labelledby="not-found-title">
        <h1 id="not-found-title" tabIndex={-1}>
          {copy.title}
        </h1>
        <p>{copy.body}</p>
        <ul>
          <li>
            <SiteLink to="/timeline/">{copy.timelineLink}</SiteLink>
          </li>
          <li>
            <SiteLink to="/">{copy.homeLink}</SiteLink>
          </li>
        </ul>
      </article>
    </SiteShell>
  );
}
