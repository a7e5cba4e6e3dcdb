import { Link } from '@tanstack/react-router';
import { chapterOutline, type ChapterId } from '@/content/chapter-outline';
import { siteCopy } from '@/content/site';
import { chapterLink, pageLink, type SiteLinkOptions } from '@/site/links';
import styles from './chapter-nav.module.css';

type Neighbour = { readonly link: SiteLinkOptions; readonly title: string };

/** Previous/next links around a chapter: the cover before the first, the timeline after the last. */
export function ChapterNav({ id }: { readonly id: ChapterId }) {
  const copy = siteCopy.chapterNav;
  const index = chapterOutline.findIndex((chapter) => chapter.id === id);
  const before = chapterOutline[index - 1];
  const after = chapterOutline[index + 1];
  const previous: Neighbour = before
    ? { link: chapterLink(before.id), title: before.title }
    : { link: pageLink('cover'), title: copy.coverTitle };
  const next: Neighbour = after
    ? { link: chapterLink(after.id), title: after.title }
    : { link: pageLink('timeline'), title: copy.timelineTitle };
  return (
    <nav aria-label={copy.label} className={styles.nav}>
      <Link {...previous.link}>
        <span className={styles.kicker}>{copy.previous}</span>
        <span>{previous.title}</span>
      </Link>
      <Link {...next.link} className={styles.next}>
        <span className={styles.kicker}>{copy.next}</span>
        <span>{next.title}</span>
      </Link>
    </nav>
  );
}
