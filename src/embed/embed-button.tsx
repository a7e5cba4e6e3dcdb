import { ClientOnly } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { LazyBoundary, lazyPart } from '@/components/lazy-boundary';
import { embedCopy } from '@/content/embed';
import type { ChapterId } from '@/content/chapter-outline';
import type { LaneId } from '@/data/types';
import styles from './embed-button.module.css';

// The dialog and its option list are only needed after a click: keep them
// (and the chapters and events the options name) out of every page's first
// load. If its script fails, the reader gets a notice and a retry beside the
// button, and the page they are reading stays.
const EmbedDialog = lazyPart(
  () => import('./loaded-embed-dialog'),
  (module) => module.LoadedEmbedDialog,
);

export type EmbedButtonProps = {
  /** The page it is on: the dialog offers this page's graphics first, then the page itself. */
  readonly page: ChapterId | 'timeline';
  /** On the timeline, what the reader is looking at, which the dialog's options start from: the selected event, the view and the lanes shown. */
  readonly eventId?: string;
  readonly view?: string;
  readonly lanes?: readonly LaneId[];
};

/**
 * Opens the embed dialog with the snippet to copy. Rendered only once
 * JavaScript runs: without it a button could do nothing.
 */
export function EmbedButton(props: EmbedButtonProps) {
  return (
    <ClientOnly fallback={null}>
      <EmbedControl {...props} />
    </ClientOnly>
  );
}

function EmbedControl(props: EmbedButtonProps) {
  const { page } = props;
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div className={styles.embed}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.button}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={EmbedDialog.preload}
        onFocus={EmbedDialog.preload}
      >
        {page === 'timeline' ? embedCopy.button.timeline : embedCopy.button.chapter}
      </button>
      {open ? (
        <LazyBoundary fallback={null} failedMessage={embedCopy.loadFailed} retryLabel={embedCopy.retry}>
          <EmbedDialog {...props} onClose={close} />
        </LazyBoundary>
      ) : null}
    </div>
  );
}
