// "What the defenders could see": an ILLUSTRATION, not data. Every row below
// is invented for this explainer to show the difference between Microsoft's
// standard audit tier as it was in 2023 and the premium tier, and how a rule
// like the State Department's (shared/research/storm-0558-facts.md, events
// #9 and section 4) picks out mailbox access by an unfamiliar application.
// The copy labels it as a reconstruction wherever it appears.

/** Which audit tier keeps a record: standard records appear in both tiers. */
export type AuditTier = 'standard' | 'premium';

export type AuditLogRow = {
  readonly id: string;
  /** Day and time within the illustration, e.g. "Day 2, 23:47". Not a real date. */
  readonly when: string;
  readonly operation: string;
  /** An invented application id. */
  readonly appId: string;
  /** The lowest tier that records this row. */
  readonly tier: AuditTier;
};

export type AuditLogApp = { readonly appId: string; readonly name: string };

export const auditLogApps = {
  /** Applications the organization sees every day: the rule's baseline. */
  baseline: [
    { appId: 'app-0001', name: 'Outlook for desktop' },
    { appId: 'app-0002', name: 'Outlook for mobile' },
    { appId: 'app-0003', name: 'Outlook on the web' },
  ],
} as const satisfies { readonly baseline: readonly AuditLogApp[] };

export const auditLogRows = [
  { id: 'r1', when: 'Day 1, 08:02', operation: 'MailboxLogin', appId: 'app-0001', tier: 'standard' },
  { id: 'r2', when: 'Day 1, 08:03', operation: 'MailItemsAccessed', appId: 'app-0001', tier: 'premium' },
  { id: 'r3', when: 'Day 1, 12:40', operation: 'MailItemsAccessed', appId: 'app-0002', tier: 'premium' },
  { id: 'r4', when: 'Day 1, 17:15', operation: 'MoveToDeletedItems', appId: 'app-0001', tier: 'standard' },
  { id: 'r5', when: 'Day 2, 08:10', operation: 'MailboxLogin', appId: 'app-0003', tier: 'standard' },
  { id: 'r6', when: 'Day 2, 08:11', operation: 'MailItemsAccessed', appId: 'app-0003', tier: 'premium' },
  { id: 'r7', when: 'Day 2, 23:47', operation: 'MailItemsAccessed', appId: 'app-7e41', tier: 'premium' },
  { id: 'r8', when: 'Day 3, 01:52', operation: 'MailItemsAccessed', appId: 'app-7e41', tier: 'premium' },
  { id: 'r9', when: 'Day 3, 07:58', operation: 'MailboxLogin', appId: 'app-0001', tier: 'standard' },
  { id: 'r10', when: 'Day 3, 09:30', operation: 'UpdateInboxRules', appId: 'app-0001', tier: 'standard' },
] as const satisfies readonly AuditLogRow[];

/** The operation the rule watches, as it appears in the rows. */
export const watchedOperation = 'MailItemsAccessed';

export const auditLogCopy = {
  heading: 'What the defenders could see',
  reconstructionLabel: 'Reconstruction',
  reconstructionNote:
    'Invented records for illustration, not real log data. Application ids, times and the mailbox are made up; the operation names are the ones Microsoft’s audit log uses.',
  intro:
    'One official’s mailbox over three days. The intruder’s reads show up only as MailItemsAccessed records, which in 2023 only the premium tier kept.',
  noScript:
    'Both tiers are shown. The Tier column says which tier records each row: rows marked “Premium only” did not exist for standard-tier customers in 2023.',
  tierGroupLabel: 'Audit tier',
  tiers: {
    standard: 'Standard audit (2023)',
    premium: 'Premium audit',
  },
  ruleButton: 'Apply the detection rule',
  columns: {
    when: 'When (invented)',
    operation: 'Operation',
    application: 'App id',
    recordedIn: 'Tier',
  },
  recordedIn: {
    standard: 'Both tiers',
    premium: 'Premium only',
  },
  unknownApp: 'never seen before',
  flagged: 'Flagged',
  /** {shown} and {total} are filled in. */
  caption:
    'Reconstructed audit log (invented rows, not real data): one mailbox over three days. {shown} of {total} records shown.',
  status: {
    /** {count} and {watched} are filled in. */
    premium: 'Premium audit: all {count} records, including {watched} MailItemsAccessed records.',
    /** {count} is filled in. */
    standard:
      'Standard audit (2023): {count} records. No MailItemsAccessed records, because this tier did not keep them.',
    /** {count} and {list} are filled in. */
    ruleMatches:
      'Rule applied: flag MailItemsAccessed records by an application this organization has never seen. {count} records flagged: {list}.',
    ruleNothing:
      'Rule applied, but there is nothing for it to read: the standard tier of 2023 kept no MailItemsAccessed records, so the intruder’s reads leave no trace here.',
  },
  /** A graphic embed, where room is short. */
  compact: {
    /** Follows the "Reconstruction" label; opens the note on the invented records and the intro. */
    aboutSummary: 'About these invented records',
  },
  ruleExplanation:
    'The rule: flag any MailItemsAccessed record made by an application id outside the organization’s usual set ({baseline}). The State Department’s “Big Yellow Taxi” rule worked on the same idea.',
} as const;
