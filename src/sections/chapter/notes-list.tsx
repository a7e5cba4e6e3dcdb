import { Link } from '@tanstack/react-router';
import { SourceCitation } from '@/components/source-citation';
import type { Source } from '@/data/types';
import styles from './notes-list.module.css';
import shared from '@/styles/shared.module.css';

type NotesListProps = {
  readonly heading: string;
  readonly headingId: string;
  readonly notePrefix: string;
  readonly allSourcesLabel: string;
  readonly notes: readonly { readonly number: number; readonly source: Source }[];
};

/** The numbered notes at the foot of a chapter; each links to its source. */
export function NotesList({ heading, headingId, notePrefix, allSourcesLabel, notes }: NotesListProps) {
  if (notes.length === 0) return null;
  return (
    <section className={styles.notes} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ol>
        {notes.map(({ number, source }) => (
          <li key={source.id} id={`${notePrefix}-${number}`}>
            <SourceCitation source={source} dated />.{' '}
            {source.url ? <span className={shared.printUrl}>{source.url}</span> : null}
          </li>
        ))}
      </ol>
      <p>
        <Link to="/sources/">{allSourcesLabel}</Link>
      </p>
    </section>
  );
}
