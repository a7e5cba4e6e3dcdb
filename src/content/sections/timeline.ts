export const timelineCopy = {
  heading: 'Timeline of the intrusion',
  dek: 'From a signing key created in 2016 to the reviews that followed in 2024: every dated event, with its sources.',
  listHeading: 'Every event, in date order',
  listIntro: 'Each event links to its own page. Where sources disagree about a date or a fact, the event says so.',
  /** The timeline as a graphic embed: what folds away to keep it compact. */
  graphic: {
    /** The chart's description, shorter: the rest is behind aboutChart. */
    description: 'Each mark is one event, by date and by who acted. Choose one to read its story.',
    /** What the story panel says before an event is chosen. */
    none: 'Choose an event on the chart to read its story.',
    aboutChart: 'How to read the chart',
    /** {count} is filled in. */
    allEvents: 'Show all {count} events as a list',
  },
  details: {
    lane: 'Lane',
    sources: 'Sources',
    chapterLink: 'Read the chapter:',
    previous: 'Previous event',
    next: 'Next event',
    stepperLabel: 'Step through the events in date order',
    none: 'Choose an event on the chart or in the list to read its story here.',
    start: 'Start with the first event',
    panelLabel: 'The selected event',
    noteLabel: 'Note:',
    certainty: { confirmed: 'Confirmed', reported: 'Reported', disputed: 'Disputed' },
  },
  chart: {
    title: 'The intrusion, lane by lane',
    description:
      'Each mark is one event, placed by date in the row of the party that acted; each row has its own shape and colour. Shaded bands mark the phases of the story. The list below gives every date.',
    notes:
      'Dates are calendar dates (U.S. Eastern where a time matters). Month- and year-precision events sit at the start of their month or year. In the whole-story view, May to October 2023, when most events happened, is drawn wider than the quiet years; dashed lines mark where the scale changes. Marks that fall close together are stacked within their row. Labels name the turning points; a narrow chart labels fewer.',
    source:
      'Source: Microsoft, CISA, the Cyber Safety Review Board, congressional offices, Wiz and news reports; see Sources.',
    phasesHeading: 'Phases',
    /** {from} and {to} are filled in. */
    phaseDates: '{from} to {to}',
    viewLabel: 'Show',
    views: { 'whole-story': 'Whole story', 'summer-2023': 'Summer 2023' },
    lanesLabel: 'Lanes',
    /** {shown} and {total} are filled in. */
    status: 'Showing {shown} of {total} events.',
    keyHint:
      'Each mark opens its event. Keys: the left and right arrows move between events, Home and End jump to the first and last, Enter or Space opens one.',
  },
} as const;

export type TimelineCopy = typeof timelineCopy;
