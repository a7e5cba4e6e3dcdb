import { Link } from '@tanstack/react-router';
import { pageLink, type PageId } from '@/site/links';
import styles from './site-header.module.css';

type NavItem = { readonly page: PageId; readonly label: string };

type SiteHeaderProps = {
  readonly siteName: string;
  readonly navLabel: string;
  readonly items: readonly NavItem[];
};

export function SiteHeader({ siteName, navLabel, items }: SiteHeaderProps) {
  return (
    <header className={styles.header}>
      <Link to="/" className={styles.name}>
        {siteName}
      </Link>
      <nav aria-label={navLabel} className={styles.nav}>
        <ul>
          {items.map((item) => (
            <li key={item.page}>
              <Link
                {...pageLink(item.page)}
                // The router marks the current page (aria-current): the cover only on
                // itself, the timeline on its event pages too.
                activeOptions={{ exact: item.page === 'cover', includeSearch: false }}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
