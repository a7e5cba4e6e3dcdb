import { useReadingProgress } from '@/hooks/use-reading-progress';
import styles from './chapter-progress.module.css';

type ChapterProgressProps = {
  readonly chapterId: string;
  /** "Chapter 2 of 4", read by everyone; the bar is a visual extra. */
  readonly label: string;
};

export function ChapterProgress({ chapterId, label }: ChapterProgressProps) {
  const barRef = useReadingProgress<HTMLDivElement>(chapterId);
  return (
    <div className={styles.progress}>
      <p className={styles.count}>{label}</p>
      <div className={styles.track} aria-hidden="true">
        <div className={styles.bar} ref={barRef} />
      </div>
    </div>
  );
}
