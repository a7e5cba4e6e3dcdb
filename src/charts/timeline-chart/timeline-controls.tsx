import { useId } from 'react';
import type { Lane, LaneId } from '@/data/types';
import { LaneIcon } from './lane-icon';
import styles from './timeline-chart.module.css';

type TimelineControlsProps = {
  readonly views: readonly { readonly id: string; readonly label: string }[];
  readonly viewId: string;
  readonly viewLabel: string;
  readonly lanes: readonly Lane[];
  readonly shownLanes: readonly LaneId[];
  readonly lanesLabel: string;
  readonly onViewChange: (id: string) => void;
  readonly onToggleLane: (lane: LaneId) => void;
};

/** The view switch and the legend, whose entries show and hide their lanes. */
export function TimelineControls({
  views,
  viewId,
  viewLabel,
  lanes,
  shownLanes,
  lanesLabel,
  onViewChange,
  onToggleLane,
}: TimelineControlsProps) {
  const id = useId();
  return (
    <div className={styles.controls}>
      <div className={styles.group} role="group" aria-labelledby={`${id}-view`}>
        <span className={styles.groupLabel} id={`${id}-view`}>
          {viewLabel}
        </span>
        {views.map((view) => (
          <button
            key={view.id}
            type="button"
            className={styles.toggle}
            aria-pressed={view.id === viewId}
            onClick={() => onViewChange(view.id)}
          >
            {view.label}
          </button>
        ))}
      </div>
      <div className={styles.group} role="group" aria-labelledby={`${id}-lanes`}>
        <span className={styles.groupLabel} id={`${id}-lanes`}>
          {lanesLabel}
        </span>
        {lanes.map((lane) => {
          const shown = shownLanes.includes(lane.id);
          return (
            <button
              key={lane.id}
              type="button"
              className={`${styles.toggle} ${styles.laneToggle}`}
              aria-pressed={shown}
              // The last lane shown cannot be hidden: an empty chart helps nobody.
              disabled={shown && shownLanes.length === 1}
              onClick={() => onToggleLane(lane.id)}
            >
              <LaneIcon lane={lane.id} />
              {lane.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
