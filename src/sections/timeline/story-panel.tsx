import { useEffect, useRef, type ReactNode } from 'react';
import { EventLink } from '@/site/event-link';
import { STORY_PANEL_ID } from '@/site/hydrate-on-interaction';
import styles from './timeline-section.module.css';
import type { Shell } from '@/site/links';
import shared from '@/styles/shared.module.css';

type StoryPanelProps = {
  readonly label: string;
  /** The event told, if any: its story is the panel's content. */
  readonly eventId: string | undefined;
  readonly children: ReactNode;
  /** What the panel says before any event is chosen, with a way in. */
  readonly empty: string;
  readonly start?: { readonly eventId: string; readonly label: string };
  readonly shell: Shell;
};

/**
 * Where the selected event's story appears: beside the chart on wide
 * screens, and on narrow ones right under it, held at the bottom of the
 * screen (over the chart's lower part) so a tap never sends it out of view.
 */
export function StoryPanel({ label, eventId, children, empty, start, shell }: StoryPanelProps) {
  const ref = useRef<HTMLElement>(null);
  // A new event's story starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [eventId]);
  return (
    <section
      ref={ref}
      id={STORY_PANEL_ID}
      className={styles.story}
      aria-label={label}
      data-has-event={eventId ? '' : undefined}
    >
      {eventId ? (
        children
      ) : (
        <div className={styles.storyEmpty}>
          <p>{empty}</p>
          {start ? (
            <p>
              <EventLink
                eventId={start.eventId}
                shell={shell}
                withinTimeline
                className={`${shared.buttonLink} ${styles.startLink}`}
              >
                {start.label}
              </EventLink>
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
