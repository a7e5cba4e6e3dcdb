import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import styles from './site-footer.module.css';

type SiteFooterProps = {
  readonly credit: string;
  readonly note: string;
  readonly sourcesLink: string;
  readonly dataLink: string;
  /** Reader settings, such as the colour toggle. */
  readonly children?: ReactNode;
};

/** The credit and the note print; the links and reader settings do not. */
export function SiteFooter({ credit, note, sourcesLink, dataLink, children }: SiteFooterProps) {
  return (
    <footer className={styles.footer}>
      <p>{credit}</p>
      <p>{note}</p>
      <p className={styles.noPrint}>
        <Link to="/sources/">{sourcesLink}</Link>
        {' · '}
        <Link to="/sources/" hash="get-the-data">
          {dataLink}
        </Link>
      </p>
      {children ? <div className={styles.noPrint}>{children}</div> : null}
    </footer>
  );
}
