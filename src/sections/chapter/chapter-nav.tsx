import { SiteLink } from '@/components/site-link';

type ChapterLink = { readonly path: string; readonly title: string };

type ChapterNavProps = {
  readonly label: string;
  readonly previousLabel: string;
  readonly nextLabel: string;
  readonly previous?: ChapterLink;
  readonly next?: ChapterLink;
};

export function ChapterNav({ label, previousLabel, nextLabel, previous, next }: ChapterNavProps) {
  return (
    <nav aria-label={label} className="chapter-nav">
      {previous ? (
        <SiteLink to={previous.path} className="chapter-nav-previous">
          <span className="chapter-nav-kicker">{previousLabel}</span>
          <span>{previous.title}</span>
        </SiteLink>
      ) : null}
      {next ? (
        <SiteLink to={next.path} className="chapter-nav-next">
          <span className="chapter-nav-kicker">{nextLabel}</span>
          <span>{next.title}</span>
        </SiteLink>
      ) : null}
    </nav>
  );
}
