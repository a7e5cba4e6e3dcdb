import { Link } from '@tanstack/react-router';
import { fillTemplate } from '@/lib/fill-template';
import type { ChapterCopy } from '@/content/types';
import { chapterLink } from '@/site/links';
import styles from './cover.module.css';

type ChapterCardsProps = {
  readonly heading: string;
  /** "Chapter {n}". */
  readonly chapterLabel: string;
  readonly cta: string;
  readonly chapters: readonly Pick<ChapterCopy, 'id' | 'title' | 'summary'>[];
};

/** The four chapters as cards; the whole card is the link's target area. */
export function ChapterCards({ heading, chapterLabel, cta, chapters }: ChapterCardsProps) {
  return (
    <section className={styles.chapters} aria-labelledby="chapters-title">
      <h2 id="chapters-title" className={styles.sectionHeading}>
        {heading}
      </h2>
      <ol className={styles.chapterList}>
        {chapters.map((chapter, index) => (
          <li key={chapter.id} className={styles.chapterCard}>
            <p className={styles.chapterNumber}>{fillTemplate(chapterLabel, { n: index + 1 })}</p>
            <h3 className={styles.chapterTitle}>
              <Link {...chapterLink(chapter.id)} className={styles.chapterLink}>
                {chapter.title}
              </Link>
            </h3>
            <p className={styles.chapterSummary}>{chapter.summary}</p>
            <p className={styles.chapterCta} aria-hidden="true">
              {cta} →
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
