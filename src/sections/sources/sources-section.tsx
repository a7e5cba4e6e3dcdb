import { Link } from '@tanstack/react-router';
import { SourceCitation } from '@/components/source-citation';
import type { CorrectionEntry } from '@/content/corrections';
import type { sourcesCopy as SourcesCopyValue } from '@/content/sections/sources';
import { publisherKinds, type Source, type TimelineEvent } from '@/data/types';
import { withBase } from '@/lib/base-path';
import { formatCalendarDate } from '@/lib/calendar-date';
import { citationsBySource, type CitingPage, type SourceCitations } from './source-citations';
import { EventLink } from '@/site/event-link';
import { pageLink } from '@/site/links';
import styles from './sources-section.module.css';
import shared from '@/styles/shared.module.css';

type SourcesSectionProps = {
  readonly copy: typeof SourcesCopyValue;
  readonly sources: readonly Source[];
  readonly license: string;
  /** Chapters and the cover, with the sources each cites. */
  readonly pages: readonly CitingPage[];
  readonly events: readonly TimelineEvent[];
  readonly corrections: readonly CorrectionEntry[];
};

export function SourcesSection({ copy, sources, license, pages, events, corrections }: SourcesSectionProps) {
  const citations = citationsBySource(sources, pages, events);
  const hasCorrections = corrections.some((entry) => entry.kind === 'correction');
  const contents = [
    { id: 'sources-groups', label: copy.groupsHeading },
    { id: 'methodology', label: copy.methodology.heading },
    { id: 'corrections', label: copy.corrections.heading },
    { id: 'get-the-data', label: copy.data.heading },
  ];
  return (
    <article aria-labelledby="sources-title">
      <header>
        <h1 id="sources-title" tabIndex={-1}>
          {copy.heading}
        </h1>
        <p className={shared.dek}>{copy.dek}</p>
      </header>
      <nav aria-label={copy.contentsLabel} className={styles.contents}>
        <ul>
          {contents.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="sources-groups" aria-labelledby="sources-groups-title">
        <h2 id="sources-groups-title">{copy.groupsHeading}</h2>
        <p>{copy.groupsIntro}</p>
        {publisherKinds.map((kind) => {
          const group = sources.filter((source) => source.kind === kind);
          if (group.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`sources-${kind}`}>
              <h3 id={`sources-${kind}`}>{copy.groups[kind]}</h3>
              <ul className={styles.sourceList}>
                {group.map((source) => {
                  const cited = citations.get(source.id);
                  return (
                    <li key={source.id} id={source.id} className={styles.source}>
                      <p className={styles.sourceLine}>
                        <SourceCitation source={source} />
                        {source.published ? (
                          <>
                            {' ('}
                            <time dateTime={source.published}>{formatCalendarDate(source.published)}</time>
                            {source.updated ? (
                              <>
                                {`; ${copy.updatedLabel} `}
                                <time dateTime={source.updated}>{formatCalendarDate(source.updated)}</time>
                              </>
                            ) : null}
                            )
                          </>
                        ) : null}
                        .{' '}
                        {source.publishedNote ? <span className={styles.dateNote}>{source.publishedNote} </span> : null}
                        {source.urlNote ? <span className={styles.dateNote}>{source.urlNote} </span> : null}
                        {source.url ? <span className={shared.printUrl}>{source.url}</span> : null}
                      </p>
                      <CitedBy copy={copy.citedBy} citations={cited} />
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </section>

      <section id="methodology" aria-labelledby="methodology-title">
        <h2 id="methodology-title">{copy.methodology.heading}</h2>
        {copy.methodology.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <h3>{copy.methodology.labelsHeading}</h3>
        <dl className={styles.definitions}>
          {copy.methodology.labels.map((label) => (
            <div key={label.term}>
              <dt>{label.term}</dt>
              <dd>{label.text}</dd>
            </div>
          ))}
        </dl>
        <h3>{copy.methodology.datesHeading}</h3>
        {copy.methodology.dates.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <section id="corrections" aria-labelledby="corrections-title">
        <h2 id="corrections-title">{copy.corrections.heading}</h2>
        <p>{copy.corrections.intro}</p>
        {hasCorrections ? null : <p>{copy.corrections.noCorrections}</p>}
        <ol className={styles.log}>
          {corrections.map((entry) => (
            <li key={entry.id} id={`correction-${entry.id}`}>
              <time dateTime={entry.date}>{formatCalendarDate(entry.date)}</time>{' '}
              <strong>{copy.corrections.kinds[entry.kind]}:</strong> {entry.text}
            </li>
          ))}
        </ol>
      </section>

      <section id="get-the-data" aria-labelledby="get-the-data-title">
        <h2 id="get-the-data-title">{copy.data.heading}</h2>
        <p>{copy.data.intro}</p>
        <ul>
          <li>
            <a href={withBase('/data/timeline.json')}>{copy.data.json}</a>
          </li>
          <li>
            <a href={withBase('/data/timeline.csv')}>{copy.data.csv}</a>
          </li>
        </ul>
        <p>{copy.data.encoding}</p>
        <h3>{copy.data.fieldsHeading}</h3>
        <p>{copy.data.fieldsIntro}</p>
        <dl className={styles.definitions}>
          {copy.data.fields.map((field) => (
            <div key={field.name}>
              <dt>
                <code>{field.name}</code>
              </dt>
              <dd>{field.text}</dd>
            </div>
          ))}
        </dl>
        <p>
          {copy.data.license} {license}
        </p>
      </section>
    </article>
  );
}

type CitedByProps = {
  readonly copy: (typeof SourcesCopyValue)['citedBy'];
  readonly citations: SourceCitations | undefined;
};

function CitedBy({ copy, citations }: CitedByProps) {
  if (!citations || (citations.pages.length === 0 && citations.events.length === 0)) {
    return <p className={styles.citedBy}>{copy.none}</p>;
  }
  return (
    <>
      {citations.pages.length > 0 ? (
        <p className={styles.citedBy}>
          {copy.pages}{' '}
          {citations.pages.map((page, index) => (
            <span key={page.page}>
              <Link {...pageLink(page.page)}>{page.title}</Link>
              {index < citations.pages.length - 1 ? '; ' : null}
            </span>
          ))}
        </p>
      ) : null}
      {citations.events.length > 0 ? (
        <div className={styles.citedBy}>
          <p className={styles.citedByLabel}>{copy.events}</p>
          <ul className={styles.eventLinks}>
            {citations.events.map((event) => (
              <li key={event.id}>
                <EventLink eventId={event.id}>
                  {formatCalendarDate(event.date)}: {event.title}
                </EventLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
