import type { ReactNode } from 'react';
import { Prose } from './prose';
import { numberNotes } from '@/lib/prose';
import { paragraphText } from '@/content/paragraph';
import type { ChapterCopy, InteractiveId } from '@/content/types';
import type { Source } from '@/data/types';
import { CorrectionNotes } from '@/sections/corrections/correction-notes';
import { correctionsWithIds } from '@/content/corrections';
import { NotesList } from './notes-list';
import shared from '@/styles/shared.module.css';
import styles from './chapter-article.module.css';

type ChapterArticleLabels = {
  readonly heading: string;
  readonly allSources: string;
  readonly noteLabel: string;
};

type ChapterArticleProps = {
  readonly copy: ChapterCopy;
  readonly sources: readonly Source[];
  readonly labels: ChapterArticleLabels;
  /** The interactive for each slot the copy names. */
  readonly interactives?: Partial<Record<InteractiveId, ReactNode>>;
  /** Rendered between the title block and the story (progress, for instance). */
  readonly aside?: ReactNode;
};

export function ChapterArticle({ copy, sources, labels, interactives = {}, aside }: ChapterArticleProps) {
  const texts = copy.parts.flatMap((part) => part.paragraphs.map(paragraphText));
  const notes = numberNotes(texts);
  const notePrefix = `${copy.id}-note`;
  const headingId = `${copy.id}-title`;
  const resolved = [...notes].flatMap(([id, number]) => {
    const source = sources.find((s) => s.id === id);
    return source ? [{ number, source }] : [];
  });
  return (
    <article id={copy.id} className={styles.chapter} aria-labelledby={headingId}>
      <header>
        <h1 id={headingId} tabIndex={-1}>
          {copy.title}
        </h1>
        <p className={shared.dek}>{copy.dek}</p>
      </header>
      {aside}
      {copy.parts.map((part, partIndex) => (
        <section key={part.heading} aria-labelledby={`${copy.id}-part-${partIndex}`}>
          <h2 id={`${copy.id}-part-${partIndex}`}>{part.heading}</h2>
          {part.paragraphs.map((paragraph, index) => (
            <p key={index}>
              <Prose
                text={paragraphText(paragraph)}
                notes={notes}
                notePrefix={notePrefix}
                noteLabel={labels.noteLabel}
              />
            </p>
          ))}
          {part.interactive ? interactives[part.interactive] : null}
          <CorrectionNotes notes={correctionsWithIds(part.correctionIds)} passage={part.heading} />
        </section>
      ))}
      <NotesList
        heading={labels.heading}
        headingId={`${copy.id}-notes`}
        notePrefix={notePrefix}
        allSourcesLabel={labels.allSources}
        notes={resolved}
      />
    </article>
  );
}
