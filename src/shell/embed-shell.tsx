import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { embedCopy } from '@/content/embed';
import type { SiteLinkOptions } from '@/site/links';
import styles from './embed-shell.module.css';
import shared from '@/styles/shared.module.css';

/** The graphic headline's id: a compact interactive may take its name from it instead of a heading of its own. */
export const GRAPHIC_TITLE_ID = 'graphic-title';

type EmbedShellProps = {
  /** The full page this embed is part of. */
  readonly fullPage: SiteLinkOptions;
  /** A graphic's one-line headline, where its content has no title of its own. */
  readonly headline?: string;
  /** A graphic's own source line, in place of the explainer's; null where its content shows one. */
  readonly source?: string | null;
  /** A graphic embed (compact: the credit and the way out share a line); set by `headline` too. */
  readonly graphic?: boolean;
  readonly children: ReactNode;
};

/** The chrome-less shell for iframes: the same sections, a credit and a way out. */
export function EmbedShell({
  fullPage,
  headline,
  source,
  graphic = headline !== undefined,
  children,
}: EmbedShellProps) {
  return (
    <div className={graphic ? `${styles.embed} ${styles.graphic}` : styles.embed}>
      <main id="main" tabIndex={-1}>
        {headline ? (
          <h1 id={GRAPHIC_TITLE_ID} className={shared.graphicTitle}>
            {headline}
          </h1>
        ) : null}
        {children}
      </main>
      <footer className={styles.footer}>
        <p>
          {embedCopy.credit}.{source === null ? null : ` ${source ?? embedCopy.source}`}
        </p>
        <p>
          <Link {...fullPage} target="_top">
            {embedCopy.readFull}
          </Link>
        </p>
      </footer>
    </div>
  );
}
