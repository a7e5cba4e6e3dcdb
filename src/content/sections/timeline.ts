export const timelineCopy = {
  heading: 'Timeline of the intrusion',
  dek: 'From a signing key created in 2016 to the reviews that followed in 2024: every dated event, with its sources.',
  listHeading: 'Every event, in date order',
  listIntro:
    'Each event links to its own page. Where sources disagree about a date or a fact, the event says so.',
  details: {
    lane: 'Lane',
    sources: 'Sources',
    chapterLink: 'Read the chapter:',
    previous: 'Previous event',
    next: 'Next event',
    none: 'Choose an event on the chart or in the list to read about it here.',
    certainty: { confirmed: 'Confirmed', reported: 'Reported', disputed: 'Disputed' },
  },
  chart: {
    title: 'The intrusion, lane by lane',
    description:
      'Each mark is one event, placed by date in the row of the party that acted. Shaded bands mark the phases of the story. The list below gives every date.',
    notes: 'Dates are calendar dates (U.S. Eastern where a time matters). Month- and year-precision events sit at the start of their month or year.',
    source: 'Source: Microsoft, CISA, the Cyber Safety Review Board, congressional offices, Wiz and news reports; see Sources.',
  },
  teaser: {
    heading: 'The story in twelve moments',
    fullLink: 'Open the full timeline',
  },
} as const;
