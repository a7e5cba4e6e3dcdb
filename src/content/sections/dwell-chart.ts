// Copy for the spy-game chapter's comparison chart (src/charts/dwell-chart).
// The numbers come from src/data/intrusions.ts; nothing here states a figure.

export const dwellChartCopy = {
  frame: {
    title: 'How long intruders went unseen',
    description:
      'Days from the earliest documented access to the first detection, for seven espionage intrusions. The scale is logarithmic: each step along the axis multiplies the days, so short and very long intrusions fit on one chart.',
    notes:
      'Solid bars run to the lower figure; a lighter, dashed extension runs to the higher one where sources give a range. A “+” means the higher figure is a minimum. Where no figure can be computed honestly, the chart says so instead of drawing a bar. Select a bar (arrow keys move between bars, Enter or Space selects) to see what was taken and the sources.',
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
  },
  certainty: {
    confirmed: 'confirmed',
    reported: 'reported',
    disputed: 'disputed',
  },
  certaintyLabel: 'Certainty:',
  details: {
    prompt: 'Select a bar to see what was taken and where the figures come from.',
    actor: 'Attributed to',
    days: 'Days unseen',
    counted: 'How it was counted',
    taken: 'What was taken',
    sources: 'Sources',
  },
  table: {
    caption: 'The numbers behind the chart',
    intrusion: 'Intrusion',
    actor: 'Attributed to',
    days: 'Days unseen',
    taken: 'What was taken',
    sources: 'Sources',
  },
  loadFailed: 'The chart could not be loaded. The table below has the same numbers.',
  retry: 'Try loading the chart again',
} as const;
