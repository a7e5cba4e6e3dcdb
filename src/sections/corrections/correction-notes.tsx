import type { CorrectionNote } from '@/content/corrections';
import { siteCopy } from '@/content/site';
import { formatCalendarDate } from '@/lib/calendar-date';
import { fillTemplate } from '@/lib/fill-template';
import styles from './correction-notes.module.css';

type CorrectionNotesProps = {
  readonly notes: readonly CorrectionNote[];
  /** The heading of what they correct: a screen reader lists each set of corrections by it. */
  readonly passage: string;
};

/**
 * Corrections beside the passage they changed, as ProPublica prints them:
 * the date, then what was wrong and what is right. The full log is on /sources/.
 */
export function CorrectionNotes({ notes, passage }: CorrectionNotesProps) {
  if (notes.length === 0) return null;
  const labels = siteCopy.corrections;
  return (
    <aside className={styles.notes} aria-label={fillTemplate(labels.heading, { passage })}>
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
