import type { ReactNode } from 'react';
import styles from './certainty-badge.module.css';

type CertaintyBadgeProps = {
  readonly tone: 'reported' | 'disputed';
  /** A class of the component's own for the badge, which it places. */
  readonly className?: string;
  readonly children: ReactNode;
};

/** The short label that marks a claim as reported or disputed rather than confirmed. */
export function CertaintyBadge({ tone, className, children }: CertaintyBadgeProps) {
  return <span className={[styles.badge, styles[tone], className].filter(Boolean).join(' ')}>{children}</span>;
}
