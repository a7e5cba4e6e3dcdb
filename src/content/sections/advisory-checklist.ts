// The recommendations of CISA/FBI advisory AA23-193A (July 12, 2023),
// checked against the advisory itself and paraphrased as steps. Each item
// names the sources it rests on. Ids are storage keys for readers' ticks.

export type ChecklistItem = {
  /** Stable slug; also the storage key for a reader's ticks. */
  readonly id: string;
  readonly text: string;
  readonly sourceIds: readonly string[];
};

export const advisoryChecklistItems = [
  {
    id: 'turn-on-audit-logging',
    text: 'Make sure audit logging is on, and enable Purview Audit (Premium), the tier that records mail access and requires G5 or E5 licenses.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a', 'csrb-2024-04-02-review'],
  },
  {
    id: 'make-logs-searchable',
    text: 'Make those logs searchable by the analysts who look for intruders.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a'],
  },
  {
    id: 'check-unified-audit-log',
    text: 'Check that the Microsoft 365 unified audit log is switched on; it should be by default.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a'],
  },
  {
    id: 'learn-the-baseline',
    text: 'Learn what normal activity in your cloud looks like, so that an unfamiliar application reading mail stands out.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a'],
  },
  {
    id: 'keep-logs-long-enough',
    text: 'Keep the logs long enough to look back: the federal rule the advisory cites asks for 12 months in active storage and 18 more in cold storage.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a'],
  },
  {
    id: 'ask-microsoft',
    text: 'If you find activity you cannot explain, contact Microsoft for help and report it to CISA or the FBI.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a'],
  },
  {
    id: 'apply-scuba-baselines',
    text: 'Check your settings against CISA’s SCuBA secure configuration baselines for cloud services.',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a'],
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
  /** A graphic embed, where room is short. */
  compact: {
    /** Opens each step's sources, under the list. */
    sourcesSummary: 'Sources for each step',
  },
} as const;
