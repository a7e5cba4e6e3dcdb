// Copy for the spy-game chapter's comparison chart (src/charts/dwell-chart).
// The numbers come from src/data/intrusions.ts; nothing here states a figure.

/** What the chart measures: the description's first sentence. */
const measures =
  'Days from the first documented unauthorized access to the first detection by anyone, victim, vendor or outside defender, for seven espionage intrusions.';
/** How its rows and scale read: the rest of the description. */
const reading =
  'Each row names the two events it runs between. The scale is logarithmic: each step along the axis multiplies the days, so short and long intrusions fit on one chart.';
const notes =
  'Solid bars run to the lower figure; a lighter, dashed extension runs to the higher one where sources give a range. A “+” means the figure is a minimum: the intruders may have been inside longer. Rows where the sources give only a figure that measures something else (time to a patch, or how long access lasted) get no bar, and say what that figure is. Select a row (arrow keys move between rows, Enter or Space selects) to see both ends of the count, what was taken and the sources.';

export const dwellChartCopy = {
  frame: {
    title: 'How long intruders went unseen',
    description: `${measures} ${reading}`,
    notes,
  },
  /** Followed by the publishers of the intrusions' sources. */
  sourcePrefix: 'Sources:',
  sourceSuffix: 'Day counts computed for this explainer.',
  axisLabel: 'Days unseen (logarithmic scale)',
  plotLabel: 'Bars, one per intrusion',
  days: {
    /** {value} is filled in. */
    approximate: 'about {value}',
    /** {low} and {high} are filled in. */
    rangeSpoken: '{low} to {high}',
    /** {low} and {high} are filled in. */
    openEndedSpoken: '{low} to {high} or more',
    unit: 'days',
    approximateWord: 'approximate',
    none: 'no reliable figure',
    noneShort: 'No reliable figure',
    otherMeasure: 'Not comparable: only {measure}',
  },
  certainty: {
    confirmed: 'confirmed',
    reported: 'reported',
    disputed: 'disputed',
  },
  certaintyLabel: 'Certainty:',
  details: {
    prompt: 'Select a row to see both ends of its count, what was taken and where the figures come from.',
    actor: 'Attributed to',
    days: 'Days unseen',
    counted: 'How it was counted',
    from: 'From',
    to: 'To',
    taken: 'What was taken',
    sources: 'Sources',
  },
  table: {
    caption: 'The numbers behind the chart',
    /** Shown only where the table is wider than its column, as on phones. */
    scrollHint: 'The table has six columns: scroll it sideways to see them all.',
    intrusion: 'Intrusion',
    actor: 'Attributed to',
    days: 'Days unseen',
    counted: 'Counted from, and to',
    from: 'From',
    to: 'To',
    taken: 'What was taken',
    sources: 'Sources',
    foldSummary: 'Show the table: every count, what was taken, and the sources',
  },
  loadFailed: 'The chart could not be loaded. The table below has the same numbers.',
  retry: 'Try loading the chart again',
  /**
   * A graphic embed, where room is short: the description keeps what the
   * chart measures, and how to read it moves into the folded notes.
   */
  compact: {
    frame: { description: measures, notes: `${reading} ${notes}` },
    /** Opens the notes. */
    notesSummary: 'How to read the chart',
  },
} as const;
