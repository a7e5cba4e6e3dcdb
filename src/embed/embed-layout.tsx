import type { ReactNode } from 'react';
import { withBase } from '@/lib/base-path';
import { embedCopy } from '@/content/embed';

type EmbedLayoutProps = {
  /** The full page's site path, e.g. `/timeline/`. */
  readonly fullPath: string;
  readonly children: ReactNode;
};

/** The chrome-less shell for iframes: the same sections, a credit and a way out. */
export function EmbedLayout({ fullPath, children }: EmbedLayoutProps) {
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
          <a href={withBase(fullPath)} target="_top">
            {embedCopy.readFull}
          </a>
        </p>
      </footer>
    </div>
  );
}
