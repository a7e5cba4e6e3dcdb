import { useLocation } from '@tanstack/react-router';
import { SiteLink } from './site-link';

type NavItem = { readonly path: string; readonly label: string };

type SiteHeaderProps = {
  readonly siteName: string;
  readonly navLabel: string;
  readonly items: readonly NavItem[];
};

export function SiteHeader({ siteName, navLabel, items }: SiteHeaderProps) {
  const pathname = useLocation({ select: (l) => l.pathname });
  return (
    <header className="site-header">
      <SiteLink to="/" className="site-name">
        {siteName}
      </SiteLink>
      <nav aria-label={navLabel} className="site-nav">
        <ul>
          {items.map((item) => {
            const current = isCurrent(pathname, item.path);
            return (
              <li key={item.path}>
                <SiteLink
                  to={item.path}
                  {...(current ? { 'aria-current': 'page' as const } : {})}
                >
                  {item.label}
                </SiteLink>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}

/** The timeline entry stays current on event pages too. */
function isCurrent(pathname: string, path: string): boolean {
  const normalized = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return path === '/' ? normalized === '/' : normalized.startsWith(path);
}
