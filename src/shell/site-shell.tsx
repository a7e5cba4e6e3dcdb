import type { ReactNode } from 'react';
import { siteCopy } from '@/content/site';
import { storyMeta } from '@/content/story';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { ThemeToggle } from './theme-toggle';
import styles from './site-shell.module.css';

/** Header, navigation, main landmark and footer of every full page. */
export function SiteShell({ children }: { readonly children: ReactNode }) {
  return (
    <div>
      <a className={styles.skipLink} href="#main">
        {siteCopy.skipLink}
      </a>
      <SiteHeader siteName={storyMeta.siteName} navLabel={siteCopy.navLabel} items={siteCopy.nav} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter
        credit={storyMeta.credit}
        note={siteCopy.footer.note}
        sourcesLink={siteCopy.footer.sourcesLink}
        dataLink={siteCopy.footer.dataLink}
      >
        <ThemeToggle legend={siteCopy.theme.legend} labels={siteCopy.theme.labels} />
      </SiteFooter>
    </div>
  );
}
