import { formatCalendarDate } from '@/lib/calendar-date';
import { withBase } from '@/lib/base-path';
import type { sourcesCopy as SourcesCopyValue } from '@/content/sections/sources';
import type { PublisherKind, Source } from '@/data/types';

type SourcesSectionProps = {
  readonly copy: typeof SourcesCopyValue;
  readonly sources: readonly Source[];
  readonly license: string;
};

const KIND_ORDER: readonly PublisherKind[] = ['company', 'government', 'congressional', 'researchers', 'press'];

export function SourcesSection({ copy, sources, license }: SourcesSectionProps) {
  return (
    <article className="sources-page" aria-labelledby="sources-title">
      <header className="chapter-header">
        <h1 id="sources-title" tabIndex={-1}>
          {copy.heading}
        </h1>
        <p className="dek">{copy.dek}</p>
      </header>
      <section aria-labelledby="sources-groups">
        <h2 id="sources-groups">{copy.groupsHeading}</h2>
        {KIND_ORDER.map((kind) => {
          const group = sources.filter((source) => source.kind === kind);
          if (group.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`sources-${kind}`}>
              <h3 id={`sources-${kind}`}>{copy.groups[kind]}</h3>
              <ul className="source-list">
                {group.map((source) => (
                  <li key={source.id} id={source.id}>
                    {source.publisher}, <a href={source.url}>{source.title}</a> (
                    <time dateTime={source.published}>{formatCalendarDate(source.published)}</time>)
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
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
        <p>
          {copy.data.license} {license}
        </p>
      </section>
    </article>
  );
}
