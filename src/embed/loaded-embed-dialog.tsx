// Loaded on the first click (or hover/focus) of the Embed button, with the
// dialog: the list of embeds, the events and the steps it offers must not
// ride along in every page's first load.
import { attackSteps } from '@/content/sections/attack-steps';
import { embedCopy } from '@/content/embed';
import { timelineCopy } from '@/content/sections/timeline';
import { lanes } from '@/data/lanes';
import { timelineEvents } from '@/data/timeline-events';
import { timelineViews } from '@/data/timeline-views';
import { entriesFor } from './embed-catalog';
import type { EmbedButtonProps } from './embed-button';
import { EmbedDialog } from './embed-dialog';

type LoadedEmbedDialogProps = EmbedButtonProps & { readonly onClose: () => void };

export function LoadedEmbedDialog({ page, eventId, view, lanes: shownLanes, onClose }: LoadedEmbedDialogProps) {
  const entries = entriesFor(page);
  const first = entries[0];
  return (
    <EmbedDialog
      copy={embedCopy.dialog}
      entries={entries}
      start={{ entryId: first?.id ?? '', eventId, view, lanes: shownLanes }}
      events={timelineEvents}
      lanes={lanes}
      views={timelineViews.map((candidate) => ({ id: candidate.id, label: timelineCopy.chart.views[candidate.id] }))}
      steps={attackSteps}
      onClose={onClose}
    />
  );
}
