import type { CorrectionNote } from '@/content/corrections';
import { siteCopy } from '@/content/site';
import { formatCalendarDate } from '@/lib/calendar-date';
import styles from './correction-notes.module.css';

type CorrectionNotesProps = {
  readonly notes: readonly CorrectionNote[];
};

/**
 * Corrections beside the passage they changed, as ProPublica prints them:
 * the date, then what was wrong and what is right. The full log is on /sources/.
 */
export function CorrectionNotes({ notes }: CorrectionNotesProps) {
  if (notes.length === 0) return null;
  const labels = siteCopy.corrections;
  return (
    <aside className={styles.notes} aria-label={labels.heading}>
      {notes.map((note) => (
        <p key={note.id}>
          <strong>
            {labels[note.kind]}, <time dateTime={note.date}>{formatCalendarDate(note.date)}</time>:
          </strong>{' '}
          {note.text}
        </p>
      ))}
    </aside>
  );
}
