import type { ReactNode } from 'react';
import type { AttackNodeId } from '@/content/types';

/** Line icons for the diagram's parts, drawn for this project; decorative (the text says the same). */
export function AttackIcon({ id }: { readonly id: AttackNodeId }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="28"
      height="28"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {ICONS[id]}
    </svg>
  );
}

const ICONS: Record<AttackNodeId, ReactNode> = {
  key: (
    <>
      <circle cx="7.5" cy="12" r="4" />
      <path d="M11.5 12H21M17.5 12v3M20.5 12v2.5" />
    </>
  ),
  intruders: (
    <>
      <path d="M5 20.5c0-4.5 3.1-7.5 7-7.5s7 3 7 7.5" />
      <path d="M7.5 9.5C7.5 6 9.5 3.5 12 3.5s4.5 2.5 4.5 6c0 2.5-2 4-4.5 4s-4.5-1.5-4.5-4z" />
      <path d="M9.5 9.5h5" />
    </>
  ),
  token: (
    <>
      <rect x="3" y="6" width="18" height="12" rx="2" />
      <path d="M7 10h10M7 14h6" />
      <circle cx="17" cy="14.5" r="1.5" />
    </>
  ),
  check: (
    <>
      <path d="M12 3l7.5 3v5.5c0 4.7-3.2 8-7.5 9.5-4.3-1.5-7.5-4.8-7.5-9.5V6z" />
      <path d="M9 12l2 2 4-4.5" />
    </>
  ),
  mailboxes: (
    <>
      <rect x="3" y="5.5" width="18" height="13" rx="2" />
      <path d="M3.5 7l8.5 6 8.5-6" />
    </>
  ),
  alert: (
    <>
      <path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15z" />
      <path d="M10 20.5a2 2 0 0 0 4 0" />
    </>
  ),
};
