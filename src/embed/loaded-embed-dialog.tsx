// Loaded on the first click (or hover/focus) of the Embed button, with the
// dialog: the option list needs every chapter's title and the selected
// event, and those must not ride along in every page's first load.
import { chapterOutline } from '@/content/chapter-outline';
import { embedCopy } from '@/content/embed';
import { findEventById } from '@/data/selectors';
import { timelineEvents } from '@/data/timeline-events';
import { EmbedDialog } from './embed-dialog';
import { embedOptions, initialOptionValue, type EmbedPage } from './embed-options';

type LoadedEmbedDialogProps = {
  readonly page: EmbedPage;
  readonly eventId?: string;
  readonly onClose: () => void;
};

export function LoadedEmbedDialog({ page, eventId, onClose }: LoadedEmbedDialogProps) {
  const event = eventId ? findEventById(timelineEvents, eventId) : undefined;
  return (
    <EmbedDialog
      copy={embedCopy.dialog}
      options={embedOptions({ copy: embedCopy, chapters: chapterOutline, event })}
      initialValue={initialOptionValue(page, eventId)}
      onClose={onClose}
    />
  );
}
