import { useReadingProgress } from '@/hooks/use-reading-progress';

type ChapterProgressProps = {
  readonly chapterId: string;
  /** "Chapter 2 of 4", read by everyone; the bar is a visual extra. */
  readonly label: string;
};

export function ChapterProgress({ chapterId, label }: ChapterProgressProps) {
  const barRef = useReadingProgress<HTMLDivElement>(chapterId);
  return (
    <div className="chapter-progress">
      <p className="chapter-count">{label}</p>
      <div className="progress-track" aria-hidden="true">
        <div className="progress-bar" ref={barRef} />
      </div>
    </div>
  );
}
