import type { coverCopy as CoverCopyValue } from '@/content/sections/cover';
import type { ChapterCopy, StoryMeta } from '@/content/types';
import type { KeyFigure, Source, TimelineEvent } from '@/data/types';
import { formatCalendarDate } from '@/lib/calendar-date';
import type { CorrectionNote } from '@/content/corrections';
import { CorrectionNotes } from '@/sections/corrections/correction-notes';
import { ChapterCards } from './chapter-cards';
import { CoverArt } from './cover-art';
import { KeyFigures } from './key-figures';
import { TimelineTeaser } from './timeline-teaser';
import styles from './cover.module.css';

type CoverCopy = typeof CoverCopyValue;

type CoverSectionProps = {
  readonly meta: StoryMeta;
  readonly copy: CoverCopy;
  readonly chapters: readonly Pick<ChapterCopy, 'id' | 'title' | 'summary'>[];
  readonly figures: readonly KeyFigure[];
  readonly sources: readonly Source[];
  readonly keyEvents: readonly Pick<TimelineEvent, 'id' | 'date' | 'title'>[];
  /** The two counts the cover art draws: [solid, total]. */
  readonly artCounts: readonly [number, number];
  readonly corrections: readonly CorrectionNote[];
};

export function CoverSection({
  meta,
  copy,
  chapters,
  figures,
  sources,
  keyEvents,
  artCounts,
  corrections,
}: CoverSectionProps) {
  return (
    <article className={styles.cover} aria-labelledby="cover-title">
      <header className={styles.hero}>
        <div className={styles.heroText}>
          <p className={styles.kicker}>{copy.kicker}</p>
          <h1 id="cover-title" className={styles.headline} tabIndex={-1}>
            {meta.headline}
          </h1>
          <p className={styles.dek}>{meta.dek}</p>
          <div className={styles.byline}>
            <p className={styles.authors}>
              {copy.byline} {meta.authors.join(', ')}
            </p>
            <p className={styles.dates}>
              <span>
                {copy.published} <time dateTime={meta.published}>{formatCalendarDate(meta.published)}</time>
              </span>
              <span>
                {copy.updated} <time dateTime={meta.updated}>{formatCalendarDate(meta.updated)}</time>
              </span>
            </p>
          </div>
        </div>
        <CoverArt copy={copy.art} solid={artCounts[0]} total={artCounts[1]} />
      </header>
      <KeyFigures heading={copy.figuresHeading} sourceLabel={copy.figureSource} figures={figures} sources={sources} />
      <CorrectionNotes notes={corrections} passage={meta.headline} />
      <ChapterCards
        heading={copy.chaptersHeading}
        chapterLabel={copy.chapterLabel}
        cta={copy.chapterCardCta}
        chapters={chapters}
      />
      <TimelineTeaser heading={copy.teaser.heading} fullLink={copy.teaser.fullLink} events={keyEvents} />
    </article>
  );
}
