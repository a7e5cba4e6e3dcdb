export const sourcesCopy = {
  heading: 'Sources and methodology',
  dek: 'Every document this explainer cites, how the timeline was put together, what changed since publication, and the data behind it.',
  contentsLabel: 'On this page',
  groupsHeading: 'Sources',
  groupsIntro:
    'Each source is listed once, grouped by who published it, with the chapters and timeline events that cite it. Notes in the chapters link here.',
  groups: {
    company: 'Microsoft and other companies',
    government: 'U.S. government',
    congressional: 'Congress',
    'foreign-government': 'Other governments',
    researchers: 'Security researchers',
    press: 'News reports',
  },
  citedBy: {
    pages: 'Cited in:',
    events: 'Timeline events:',
    none: 'Background reading; not cited on a page yet.',
  },
  coverTitle: 'The cover',
  /** Before a source's revision date: "(Sept. 6, 2023; updated March 12, 2024)". */
  updatedLabel: 'updated',
  methodology: {
    heading: 'How this was put together',
    paragraphs: [
      'The timeline and the chapters were compiled from a fact sheet that records, for every dated event and figure, where it was found and how sure the sources are, and were checked claim by claim against the original documents. Every summary is written for this project; the few direct quotations are short and attributed.',
      'Primary documents come first: Microsoft’s own posts and filings, the CISA and FBI advisory, the Cyber Safety Review Board’s report, State Department briefings, statements from congressional offices and researchers’ own write-ups. Established news outlets fill in what those documents leave out. Every source is cited at its original publisher under its own headline; where a wire story could be seen only in a reprint, it is cited to the wire service without a link and says so. Sites that copy or summarize other outlets’ stories are never cited, and a fact found only there is left out or described as unconfirmed.',
      'Where sources disagree, both versions are shown and the disagreement is spelled out, rather than one being picked silently: when Microsoft shut the stolen key out (its own dated steps from June 26, 2023, against the Review Board’s June 24), the day the State Department detected the intrusion (June 15 or 16), how many organizations were hit (about 25 or 22), how far the stolen key could reach, and Microsoft’s crash-dump account of the theft, which it qualified in March 2024 without withdrawing it.',
      'Some dates are only bounds. May 15, 2023, the first access Microsoft found, is the earliest date in the logs that survived, so the intrusion may have begun earlier, and every count of days that starts there is a minimum.',
    ],
    labelsHeading: 'What the labels mean',
    labels: [
      {
        term: 'Confirmed',
        text: 'Stated in a primary source, such as Microsoft, CISA and the FBI, the Review Board, the State Department or a senator’s office, or in several independent news reports that agree. A note says where a confirmed date is only a bound.',
      },
      {
        term: 'Reported',
        text: 'Carried by one outlet, or known only second-hand, for instance from one person’s account of a briefing. The event says where it comes from.',
      },
      {
        term: 'Disputed',
        text: 'The sources disagree. The event says who disagrees and how, and the other version is shown too.',
      },
    ],
    datesHeading: 'Dates and times',
    dates: [
      'Dates are calendar dates, not moments in time: June 16, 2023 reads as June 16 wherever you are. Where only the month or the year is known, the date says so: “June 2023”, “2021”.',
      'Where the time of day matters, as with Microsoft’s disclosure on the evening of July 11, 2023, it is given in U.S. Eastern time.',
      'In the spy-game chapter, days unseen are counted the same way for every intrusion: from the first documented unauthorized access to the first detection by anyone, victim, vendor or outside defender, and each row names both events. When a source gives only the month, the count runs from its first and its last day and is marked approximate; when the only figure on record measures something else, such as the time to a patch, the chart says so instead of drawing a bar.',
    ],
  },
  corrections: {
    heading: 'Corrections and updates',
    intro:
      'Every change to a published fact is listed here with the date it was made. The explainer’s “updated” date moves with each entry.',
    kinds: {
      correction: 'Correction',
      update: 'Update',
    },
    noCorrections: 'No corrections have been needed since publication.',
  },
  data: {
    heading: 'Get the data',
    intro:
      'The timeline is published as data, generated from the same records as the pages. Newsrooms and researchers may reuse it under the licence below; event ids never change once published, so links and embeds keep working.',
    json: 'Timeline as JSON',
    csv: 'Timeline as CSV',
    encoding:
      'Both files are UTF-8. The CSV file starts with a byte-order mark, so that Excel reads its quotation marks correctly, and a field that would begin with =, +, -, @, a tab or a carriage return is preceded by an apostrophe, so that no spreadsheet reads it as a formula.',
    fieldsHeading: 'Fields',
    fieldsIntro:
      'Each event in the JSON file, and each row of the CSV file, has these fields. The JSON file also lists the lanes (id and label), and carries the title, the date it was last updated and the licence.',
    fields: [
      {
        name: 'id',
        text: 'A stable slug that starts with the date, also used in the event’s address, /timeline/<id>/.',
      },
      { name: 'date', text: 'The calendar date: YYYY, YYYY-MM or YYYY-MM-DD.' },
      { name: 'datePrecision', text: 'How precisely the date is known: year, month or day.' },
      {
        name: 'lane',
        text: 'Whose action it was: attacker, victims, microsoft, us-government or researchers.',
      },
      { name: 'title', text: 'A one-line headline for the event.' },
      { name: 'summary', text: 'One or two sentences written for this project.' },
      { name: 'certainty', text: 'confirmed, reported or disputed, as defined above.' },
      { name: 'certaintyNote', text: 'For reported and disputed events: what is uncertain, or who disagrees.' },
      {
        name: 'sources',
        text: 'JSON only: the event’s sources, each with title, publisher, url and published date.',
      },
      { name: 'sourceUrls', text: 'CSV only: the addresses of the event’s sources, separated by spaces.' },
    ],
    license: 'Licence:',
  },
} as const;
