import { ClientOnly } from '@tanstack/react-router';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { chapters } from '@/content/chapters';
import { embedCopy } from '@/content/embed';
import { findEventById } from '@/data/selectors';
import { timelineEvents } from '@/data/timeline-events';
import { embedOptions, initialOptionValue } from './embed-options';
import styles from './embed-button.module.css';

// The dialog is only needed after a click: keep it out of every page's first load.
const loadDialog = () => import('./embed-dialog');
const EmbedDialog = lazy(() => loadDialog().then((module) => ({ default: module.EmbedDialog })));

type EmbedButtonProps = {
  /** What to embed: a chapter id or `timeline`. */
  readonly slug: string;
  /** For the timeline: the selected event, if any. */
  readonly eventId?: string;
};

/**
 * Opens the embed dialog with the snippet to copy. Rendered only once
 * JavaScript runs: without it a button could do nothing.
 */
export function EmbedButton({ slug, eventId }: EmbedButtonProps) {
  return (
    <ClientOnly fallback={null}>
      <EmbedControl slug={slug} eventId={eventId} />
    </ClientOnly>
  );
}

function EmbedControl({ slug, eventId }: EmbedButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const options = useMemo(() => {
    const event = eventId ? findEventById(timelineEvents, eventId) : undefined;
    return embedOptions({ copy: embedCopy, chapters, event });
  }, [eventId]);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div className={`${styles.embed} no-print`}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.button}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        {slug === 'timeline' ? embedCopy.button.timeline : embedCopy.button.chapter}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog
            copy={embedCopy.dialog}
            options={options}
            initialValue={initialOptionValue(slug, eventId)}
            onClose={close}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
