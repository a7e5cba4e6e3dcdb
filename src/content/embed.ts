// Reader-visible strings of the embed pages and of the Embed dialog that
// hands producers the snippet. `{placeholders}` are filled in by src/embed/.
export const embedCopy = {
  readFull: 'Read the full explainer',
  credit: 'The Storm-0558 explainer',
  source: 'Sources: Microsoft, CISA, the Cyber Safety Review Board and news reports.',
  /** A graphic's source line: {publishers} are those its records cite. */
  graphicSources: 'Sources: {publishers}.',
  opensInTop: '(opens the full page)',
  button: {
    timeline: 'Embed this timeline',
    chapter: 'Embed from this chapter',
  },
  loadFailed: 'The embed code could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  dialog: {
    title: 'Embed this in your article',
    intro:
      'Paste the code into your page. The embed sets its own height to fit its content, works on any site and links back to the full explainer.',
    partLabel: 'What to embed',
    groups: {
      graphics: 'Graphics',
      pages: 'Whole pages',
    },
    parts: {
      /** {title} is the graphic's headline. */
      graphic: '{title}',
      timeline: 'The full timeline page',
      /** {title} is the chapter's title. */
      chapter: 'Chapter: {title}',
    },
    /** {description} is what the chosen embed shows; {height} its height without its script. */
    partHint: '{description} Without its script it is {height} px tall.',
    optionsLegend: 'Options',
    eventLabel: 'Open at event',
    noEvent: 'None: the reader chooses',
    viewLabel: 'Time span',
    lanesLegend: 'Lanes shown',
    stepLabel: 'Open at step',
    /** {n} and {title} are filled in. */
    stepOption: 'Step {n}: {title}',
    themeLegend: 'Colours',
    themes: {
      auto: 'Match the reader’s light or dark setting',
      light: 'Always light',
      dark: 'Always dark',
    },
    codeLabel: 'Code to paste into your page',
    codeHint:
      'No inline script: the iframe and one small external script. Pages that already use NPR’s pym.js can leave out the script line.',
    copy: 'Copy code',
    copied: 'Copied',
    copiedStatus: 'The code is on your clipboard.',
    copyFailed: 'Could not copy automatically. The code is selected: press Ctrl+C, or ⌘C on a Mac.',
    previewHeading: 'Preview',
    previewWidthLegend: 'Preview width',
    previewWidths: {
      column: 'Article column, 700 px',
      phone: 'Phone, 360 px',
    },
    /** {title} is the embed's title. */
    previewTitle: 'Preview: {title}',
    close: 'Close',
  },
  /** Each embed's iframe title: what it is, for screen-reader users on the host page. */
  iframeTitle: {
    timeline: 'Interactive timeline of the Storm-0558 intrusion, 2016–2024',
    /** {title} and {date} describe the event. */
    event: '{title}, {date}: from the Storm-0558 intrusion timeline',
    /** {title} is the chapter's title. */
    chapter: '{title}: from the Storm-0558 explainer',
    /** {title} is the graphic's headline. */
    graphic: '{title}: a graphic from the Storm-0558 explainer',
  },
} as const;
