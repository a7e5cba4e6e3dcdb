import { timelineCopy } from '@/content/sections/timeline';
import { lanes } from '@/data/lanes';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { chapterForEvent } from '@/sections/registry';
import { EmbedButton } from '@/embed/embed-button';
import { TimelineSection } from '@/sections/timeline/timeline-section';

type TimelinePageProps = {
  readonly selectedId?: string;
  readonly embedded: boolean;
};

export function TimelinePage({ selectedId, embedded }: TimelinePageProps) {
  const prefix = embedded ? '/embed/timeline/' : '/timeline/';
  return (
    <>
      <TimelineSection
        copy={timelineCopy}
        events={timelineEvents}
        lanes={lanes}
        sources={sources}
        selectedId={selectedId}
        eventPath={(id) => `${prefix}${id}/`}
        chapterFor={chapterForEvent}
      />
      {embedded ? null : <EmbedButton slug="timeline" eventId={selectedId} />}
    </>
  );
}
