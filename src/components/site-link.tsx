import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

type SiteLinkProps = {
  /** A site path such as `/who/`; the router adds the base path. */
  readonly to: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly hash?: string;
  readonly 'aria-current'?: 'page';
};

/** Client-side link for paths that come from copy and data as plain strings. */
export function SiteLink({ to, children, className, hash, ...rest }: SiteLinkProps) {
  return (
    // Paths come from typed copy/data as strings, so the router's literal path types cannot check them here.
    <Link to={to as '/'} hash={hash} className={className} {...rest}>
      {children}
    </Link>
  );
}
