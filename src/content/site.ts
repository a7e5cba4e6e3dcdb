// Reader-visible strings of the site shell: navigation, footer, errors.
import { chapterOutline } from './chapter-outline';

export const siteCopy = {
  skipLink: 'Skip to content',
  /** Names the progress bar a slow in-app navigation shows. */
  navigationPending: 'Loading the next page',
  theme: {
    legend: 'Colours',
    labels: { auto: 'Auto', light: 'Light', dark: 'Dark' },
  },
  navLabel: 'Chapters',
  /** The site navigation, in reading order. */
  nav: [
    { page: 'cover', label: 'Cover' },
    ...chapterOutline.map((chapter) => ({ page: chapter.id, label: chapter.navLabel })),
    { page: 'timeline', label: 'Timeline' },
    { page: 'sources', label: 'Sources' },
  ],
  footer: {
    note: 'Every fact on this site links to its source. Dates are calendar dates and read the same in every time zone.',
    sourcesLink: 'Sources, methodology and corrections',
    dataLink: 'Get the data',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. If you followed a link to a timeline event, the event may not exist; every event is listed on the full timeline.',
    timelineLink: 'See every event on the timeline',
    homeLink: 'Go to the cover',
  },
  error: {
    title: 'Something went wrong',
    body: 'This part of the page failed to load. The rest of the explainer still works.',
    retry: 'Try again',
  },
  chapterNav: {
    label: 'Chapter navigation',
    previous: 'Previous chapter',
    next: 'Next chapter',
    progress: 'Reading progress',
    coverTitle: 'The cover',
    timelineTitle: 'The full timeline',
    /** {n} and {total} are filled in. */
    count: 'Chapter {n} of {total}',
  },
  corrections: {
    /** Named by the passage, the event or the page corrected: a chapter can have several. {passage} is filled in. */
    heading: 'Corrections to “{passage}”',
    correction: 'Correction',
    update: 'Update',
  },
  notes: {
    heading: 'Notes',
    allSources: 'All sources',
    noteLabel: 'Note',
  },
  routeAnnounced: 'Page loaded:',
} as const;

/**
 * When a script the page needs did not load: the served text stays, without
 * its interactive parts. Apart from siteCopy so that only the notice's own
 * chunk carries it.
 */
export const notInteractiveCopy = {
  message: 'The interactive parts of this page could not load. All of its text is here.',
  retry: 'Try again',
} as const;
