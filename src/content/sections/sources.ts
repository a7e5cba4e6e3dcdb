export const sourcesCopy = {
  heading: 'Sources and methodology',
  dek: 'Every document this explainer cites, how the timeline was put together, and the data behind it.',
  groupsHeading: 'Sources',
  groups: {
    company: 'Microsoft and other companies',
    government: 'U.S. government',
    congressional: 'Congress',
    researchers: 'Security researchers',
    press: 'News reports',
  },
  data: {
    heading: 'Get the data',
    intro:
      'The timeline is published as data, generated from the same records as the pages. Each event has an id (a stable slug), a calendar date with its precision (year, month or day), a lane, a title, a summary, a certainty (confirmed, reported or disputed, with a note where it is not confirmed) and its sources.',
    json: 'Timeline as JSON',
    csv: 'Timeline as CSV',
    license: 'Licence:',
  },
} as const;
