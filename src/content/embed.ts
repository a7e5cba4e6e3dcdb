export const embedCopy = {
  readFull: 'Read the full explainer',
  credit: 'The Storm-0558 explainer',
  source: 'Sources: Microsoft, CISA, the Cyber Safety Review Board and news reports.',
  opensInTop: '(opens the full page)',
} as const;
