import type { embedCopy } from '@/content/embed';
import type { ChapterId } from '@/content/chapter-outline';
import { formatCalendarDate } from '@/lib/calendar-date';
import { fillTemplate } from '@/lib/fill-template';
import type { EmbedTarget } from '@/site/links';

type EmbedCopy = typeof embedCopy;

/** One choice in the dialog's "What to embed" list. */
export type EmbedOption = {
  /** Stable key for the <select>: `timeline`, `event:<id>`, `chapter:<id>`. */
  readonly value: string;
  readonly label: string;
  readonly target: EmbedTarget;
  /** The snippet iframe's title. */
  readonly title: string;
};

type EmbedOptionsInput = {
  readonly copy: Pick<EmbedCopy, 'dialog' | 'iframeTitle'>;
  readonly chapters: readonly { readonly id: ChapterId; readonly title: string }[];
  /** The event open on the timeline, if any: offered as its own embed. */
  readonly event?: { readonly id: string; readonly title: string; readonly date: string };
};

/** Timeline, the current event (if any), then every chapter in reading order. */
export function embedOptions({ copy, chapters, event }: EmbedOptionsInput): EmbedOption[] {
  const options: EmbedOption[] = [
    {
      value: 'timeline',
      label: copy.dialog.parts.timeline,
      target: { kind: 'timeline' },
      title: copy.iframeTitle.timeline,
    },
  ];
  if (event) {
    options.push({
      value: `event:${event.id}`,
      label: fillTemplate(copy.dialog.parts.event, { title: event.title }),
      target: { kind: 'event', eventId: event.id },
      title: fillTemplate(copy.iframeTitle.event, { title: event.title, date: formatCalendarDate(event.date) }),
    });
  }
  for (const chapter of chapters) {
    options.push({
      value: `chapter:${chapter.id}`,
      label: fillTemplate(copy.dialog.parts.chapter, { title: chapter.title }),
      target: { kind: 'chapter', chapterId: chapter.id },
      title: fillTemplate(copy.iframeTitle.chapter, { title: chapter.title }),
    });
  }
  return options;
}

/** What the Embed button offers first: the timeline (or one of its events), or a chapter. */
export type EmbedPage = ChapterId | 'timeline';

/** The option the dialog opens on: what the reader is looking at. */
export function initialOptionValue(page: EmbedPage, eventId?: string): string {
  if (page === 'timeline') return eventId ? `event:${eventId}` : 'timeline';
  return `chapter:${page}`;
}
