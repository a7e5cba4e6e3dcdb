import type { ReactNode } from 'react';
import { SiteLink } from './site-link';

type SiteFooterProps = {
  readonly credit: string;
  readonly note: string;
  readonly sourcesLink: string;
  readonly dataLink: string;
  /** Reader settings, such as the colour toggle. */
  readonly children?: ReactNode;
};

export function SiteFooter({ credit, note, sourcesLink, dataLink, children }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <p>{credit}</p>
      <p>{note}</p>
      <p>
        <SiteLink to="/sources/">{sourcesLink}</SiteLink>
        {' · '}
        <SiteLink to="/sources/" hash="get-the-data">
          {dataLink}
        </SiteLink>
      </p>
      {children}
    </footer>
  );
}
