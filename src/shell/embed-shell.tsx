import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { embedCopy } from '@/content/embed';
import type { SiteLinkOptions } from '@/site/links';

type EmbedShellProps = {
  /** The full page this embed is part of. */
  readonly fullPage: SiteLinkOptions;
  readonly children: ReactNode;
};

/** The chrome-less shell for iframes: the same sections, a credit and a way out. */
export function EmbedShell({ fullPage, children }: EmbedShellProps) {
  return (
    <div className="embed">
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="embed-footer">
        <p>
          {embedCopy.credit}. {embedCopy.source}
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
