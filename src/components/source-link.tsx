import type { ReactNode } from 'react';

/** What citing a source needs of its record. */
export type CitableSource = {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url?: string;
  readonly published?: string;
};

type SourceLinkProps = {
  readonly source: Pick<CitableSource, 'url' | 'title'>;
  readonly children: ReactNode;
  /** Shown as a tooltip, e.g. the title when the link text is the publisher. */
  readonly title?: string;
};

/**
 * A link to a cited document at its original publisher; where the original
 * page could not be located (a wire story seen only in reprints), the text
 * is set as a citation without a link rather than linking to a copy.
 */
export function SourceLink({ source, children, title }: SourceLinkProps) {
  return source.url ? (
    <a href={source.url} title={title}>
      {children}
    </a>
  ) : (
    <cite title={title}>{children}</cite>
  );
}
