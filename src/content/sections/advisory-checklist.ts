// The recommendations of CISA/FBI advisory AA23-193A (July 12, 2023), as
// summarized in shared/research/storm-0558-facts.md section 4, "Advisories",
// paraphrased as steps. Each item names the sources it rests on.

export type ChecklistItem = {
  /** Stable slug; also the storage key for a reader's ticks. */
  readonly id: string;
  readonly text: string;
  readonly sourceIds: readonly string[];
};

export const advisoryChecklistItems = [
  {
    id: 'turn-on-audit-logging',
    text: 'Turn on Microsoft Purview audit logging and the Microsoft 365 unified audit log.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a', 'hstoday-2023-07-cisa-fbi-advisory'],
  },
  {
    id: 'make-logs-searchable',
    text: 'Make those logs searchable by the analysts who look for intruders.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a', 'hstoday-2023-07-cisa-fbi-advisory'],
  },
  {
    id: 'learn-the-baseline',
    text: 'Learn what normal activity in your cloud looks like, so that an unfamiliar application reading mail stands out.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a', 'hstoday-2023-07-cisa-fbi-advisory'],
  },
  {
    id: 'ask-microsoft',
    text: 'If you find activity you cannot explain, contact Microsoft for help.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a', 'hstoday-2023-07-cisa-fbi-advisory'],
  },
  {
    id: 'apply-scuba-baselines',
    text: 'Check your settings against CISA’s SCuBA secure configuration baselines for cloud services.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a', 'hstoday-2023-07-cisa-fbi-advisory'],
  },
] as const satisfies readonly ChecklistItem[];

export const advisoryChecklistCopy = {
  heading: 'What the advisory asked organizations to do',
  intro:
    'The steps CISA and the FBI recommended in advisory AA23-193A. Tick them off as you go; your ticks stay in this browser only, if it allows that, and are never sent anywhere.',
  listLabel: 'Advisory AA23-193A checklist',
  /** {done} and {total} are filled in. */
  progress: '{done} of {total} steps done',
  sourcesLabel: 'Sources:',
} as const;
