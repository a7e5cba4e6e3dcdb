import { SiteLink } from '@/components/site-link';
import { formatCalendarDate } from '@/lib/calendar-date';
import type { coverCopy as CoverCopyValue } from '@/content/sections/cover';
import type { ChapterCopy, StoryMeta } from '@/content/types';
import type { KeyFigure, Source, TimelineEvent } from '@/data/types';
import { KeyFigures } from './key-figures';
import { TimelineTeaser } from './timeline-teaser';

type CoverSectionProps = {
  readonly meta: StoryMeta;
  readonly copy: typeof CoverCopyValue;
  readonly teaserCopy: { readonly heading: string; readonly fullLink: string };
  readonly chapters: readonly ChapterCopy[];
  readonly figures: readonly KeyFigure[];
  readonly sources: readonly Source[];
  readonly keyEvents: readonly TimelineEvent[];
  readonly eventPath: (id: string) => string;
};

export function CoverSection({ meta, copy, teaserCopy, chapters, figures, sources, keyEvents, eventPath }: CoverSectionProps) {
  return (
    <article className="cover" aria-labelledby="cover-title">
      <header className="cover-header">
        <h1 id="cover-title" tabIndex={-1}>
          {meta.headline}
        </h1>
        <p className="dek">{meta.dek}</p>
        <p className="byline">
          {copy.byline} {meta.authors.join(', ')}
          <br />
          {copy.published} <time dateTime={meta.published}>{formatCalendarDate(meta.published)}</time>
          {' · '}
          {copy.updated} <time dateTime={meta.updated}>{formatCalendarDate(meta.updated)}</time>
        </p>
      </header>
      <KeyFigures heading={copy.figuresHeading} sourceLabel={copy.figureSource} figures={figures} sources={sources} />
      <section className="chapter-cards" aria-labelledby="chapters-title">
        <h2 id="chapters-title">{copy.chaptersHeading}</h2>
        <ol>
          {chapters.map((chapter, index) => (
            <li key={chapter.id} className="chapter-card">
              <p className="chapter-card-number">{index + 1}</p>
              <h3>
                <SiteLink to={`/${chapter.id}/`}>{chapter.title}</SiteLink>
              </h3>
              <p>{chapter.summary}</p>
            </li>
          ))}
        </ol>
      </section>
      <TimelineTeaser
        heading={teaserCopy.heading}
        fullLink={teaserCopy.fullLink}
        events={keyEvents}
        eventPath={eventPath}
      />
    </article>
  );
}
