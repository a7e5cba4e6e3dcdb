import { Link } from '@tanstack/react-router';
import { siteCopy } from '@/content/site';
import { SiteShell } from '@/shell/site-shell';
import { timelineLink } from '@/site/links';

export function NotFoundPage() {
  const copy = siteCopy.notFound;
  return (
    <SiteShell>
      <article aria-labelledby="not-found-title">
        <h1 id="not-found-title" tabIndex={-1}>
          {copy.title}
        </h1>
        <p>{copy.body}</p>
        <ul>
          <li>
            <Link {...timelineLink()}>{copy.timelineLink}</Link>
          </li>
          <li>
            <Link to="/">{copy.homeLink}</Link>
          </li>
        </ul>
      </article>
    </SiteShell>
  );
}
