// Copy for the attack stepper on /what/: the labels, the diagram's parts and
// one record per step. Facts from shared/research/storm-0558-facts.md
// (revision 2, sections 1, 3 and 7); each step lists its sources and
// timeline events.
import type { AttackNodeId, AttackStep } from '../types';

export const attackStepperCopy = {
  heading: 'The attack, step by step',
  /** Shown before the page's script runs, or without it: every step is listed. */
  allStepsIntro: 'The seven steps of the attack, in order.',
  instructions:
    'Use Previous and Next, or pick a step from the list. While the stepper has focus, the left and right arrow keys move between steps, and Home and End jump to the first and last.',
  stepListLabel: 'Steps of the attack',
  previous: 'Previous step',
  next: 'Next step',
  /** {n}, {total} and {title} are filled in. */
  stepOf: 'Step {n} of {total}',
  stepAnnouncement: 'Step {n} of {total}: {title}',
  when: 'When:',
  sources: 'Sources:',
  timeline: 'On the timeline:',
  thisStep: 'This step',
  diagramLabel: 'Diagram of the attack chain',
  /** The graphic embed's compact stepper folds the instructions and each step's detail behind these. */
  compact: {
    instructions: 'How to move between steps',
    more: 'More on this step, with its sources',
  },
  nodes: {
    key: 'Microsoft consumer signing key',
    intruders: 'Storm-0558',
    token: 'Forged token',
    check: 'Exchange Online’s token check',
    mailboxes: 'Government mailboxes',
    alert: 'State Department alert',
  } satisfies Record<AttackNodeId, string>,
  /** Spoken and shown with each part's state, so colour is never the only cue. */
  stateLabels: {
    idle: 'Not yet involved',
    active: 'In play',
    warning: 'Flaw',
    compromised: 'Compromised',
  },
} as const;

export const attackSteps = [
  {
    id: 'key-created',
    short: 'A key is made',
    title: 'Microsoft makes a consumer signing key',
    when: '2016',
    body: [
      'Microsoft puts a secret signing key into service for its consumer accounts, the personal side of its business that includes Outlook.com. Tokens signed with that key tell Microsoft’s services a sign-in is genuine.',
      'The Cyber Safety Review Board dates the key to 2016. Wiz found that its public certificate was issued on April 5, 2016, which need not be the day the key itself was made.',
    ],
    diagramAlt:
      'Diagram, step 1: only the consumer signing key is lit, labelled “made in 2016”. The intruders, the token, the mail service’s check, the mailboxes and the alert are not yet involved.',
    focus: 'key',
    nodes: { key: { state: 'active', status: 'Made in 2016' } },
    sourceIds: ['csrb-2024-04-02-review', 'wiz-2023-07-21-compromised-key'],
    eventIds: ['2016-microsoft-creates-consumer-signing-key'],
  },
  {
    id: 'never-retired',
    short: 'Never retired',
    title: 'The key outlives its retirement',
    when: 'March 2021',
    body: [
      'Signing keys are meant to be replaced on a schedule, so that a lost one stops working before long. This one was due to be retired in March 2021, the Review Board found, but its removal slipped. Its public certificate expired on April 4, 2021, Wiz found.',
      'It was never retired. Microsoft stopped rotating its consumer keys by hand in 2021 after a major cloud outage, and nothing warned anyone that the key was old. Sen. Ron Wyden’s office said Microsoft’s software kept accepting it although it had expired.',
    ],
    diagramAlt:
      'Diagram, step 2: the consumer signing key is marked as a flaw, “past its 2021 retirement, still trusted”. Nothing else is involved yet.',
    focus: 'key',
    nodes: {
      key: { state: 'warning', status: 'Past its 2021 retirement, still trusted' },
    },
    sourceIds: ['csrb-2024-04-02-review', 'wiz-2023-07-21-compromised-key', 'wyden-2023-07-27-letter'],
    eventIds: ['2021-03-old-key-outlives-its-retirement', '2021-microsoft-pauses-consumer-key-rotation'],
  },
  {
    id: 'stolen',
    short: 'Stolen',
    title: 'The key is stolen, by a route still unknown',
    when: 'Unknown; before May 2023',
    body: [
      'At some point Storm-0558 gets a copy of the private key. In September 2023 Microsoft blamed a system crash in April 2021: the key, it said, ended up in a crash dump that later reached a debugging environment the intruders could get into through a compromised engineer’s account.',
      'In March 2024 Microsoft added that it had not found a dump containing the key. The Review Board, which counted 46 hypotheses Microsoft had examined, found that the company still did not know how or when the key was taken.',
    ],
    diagramAlt:
      'Diagram, step 3: the signing key is marked compromised and a line runs from it to Storm-0558, which now holds a copy. The route the key took is marked unknown.',
    focus: 'intruders',
    nodes: {
      key: { state: 'compromised', status: 'Copied; the route is unknown' },
      intruders: { state: 'active', status: 'Holds a copy of the key' },
    },
    sourceIds: ['microsoft-2023-09-06-key-acquisition', 'csrb-2024-04-02-review'],
    eventIds: ['2021-04-crash-dump-once-blamed-for-leak', '2024-03-12-microsoft-corrects-crash-dump-account'],
  },
  {
    id: 'forged',
    short: 'Tokens forged',
    title: 'Tokens are forged offline',
    when: 'By May 2023',
    body: [
      'With the key, the intruders no longer need anyone’s password. On their own machines they write tokens for the accounts they want and sign them with the stolen key, a step that never touches Microsoft’s sign-in pages.',
      'To a service that checks only the signature, the forgeries look just like passes Microsoft issued itself.',
    ],
    diagramAlt:
      'Diagram, step 4: Storm-0558, holding the stolen key, produces a forged token that claims to belong to a government user and carries the stolen key’s signature.',
    focus: 'token',
    nodes: {
      key: { state: 'compromised', status: 'In the intruders’ hands' },
      intruders: { state: 'active', status: 'Signs tokens on its own machines' },
      token: {
        state: 'active',
        status: 'Claims to be a government user; signed with the stolen key',
      },
    },
    sourceIds: ['microsoft-2023-07-14-storm-0558-analysis', 'wiz-2023-07-21-compromised-key'],
    eventIds: ['2023-07-14-microsoft-technical-analysis'],
  },
  {
    id: 'flaw',
    short: 'Wrong key accepted',
    title: 'A consumer key opens enterprise mail',
    when: 'Until Microsoft corrected it in 2023',
    body: [
      'Government mailboxes sit in Microsoft’s enterprise system, then called Azure Active Directory, where only enterprise keys should count. But Exchange Online accepted enterprise tokens signed with the consumer key. Microsoft called it a validation error in its code: the check confirmed the signature came from a Microsoft key without confirming which kind.',
      'Wiz later argued that the same key could have opened other apps too, and the Review Board agreed it could have reached other cloud applications had the intruders chosen to. The chapter sets out both sides below.',
    ],
    diagramAlt:
      'Diagram, step 5: the forged token reaches Exchange Online’s check, which is marked as a flaw: it verifies the signature but not which kind of key made it.',
    focus: 'check',
    nodes: {
      key: { state: 'compromised', status: 'In the intruders’ hands' },
      intruders: { state: 'active', status: 'Sends the forged token' },
      token: { state: 'active', status: 'Presented to the mail service' },
      check: {
        state: 'warning',
        status: 'Checks the signature, not which kind of key made it',
      },
    },
    sourceIds: [
      'microsoft-2023-07-14-storm-0558-analysis',
      'microsoft-2023-09-06-key-acquisition',
      'wiz-2023-07-21-compromised-key',
      'csrb-2024-04-02-review',
    ],
    eventIds: ['2023-07-14-microsoft-technical-analysis', '2023-07-21-wiz-says-key-reached-further'],
  },
  {
    id: 'mail-read',
    short: 'Mail read, tokens renewed',
    title: 'Mailboxes are read, and a second flaw renews the passes',
    when: 'From May 15, 2023 or earlier',
    body: [
      'By May 15, 2023, and perhaps earlier, the intruders are using forged tokens to read mail through Outlook on the web, the browser version of Exchange Online, and through Outlook.com. May 15 is the earliest access found in the logs that survived.',
      'A second flaw helps them keep going. Outlook on the web’s GetAccessTokenForResource interface would trade a token it had issued for a fresh one, so the intruders could renew their passes. Rep. Don Bacon said they were in his email for 31 days; the State Department confirmed that about 60,000 of its emails were taken.',
    ],
    diagramAlt:
      'Diagram, step 6: the flawed check lets the forged token through and renews it on request, and the government mailboxes are marked compromised, read from May 15, 2023 or earlier.',
    focus: 'mailboxes',
    nodes: {
      key: { state: 'compromised', status: 'In the intruders’ hands' },
      intruders: { state: 'active', status: 'Reads mail' },
      token: { state: 'active', status: 'Accepted as genuine, then swapped for fresh ones' },
      check: { state: 'warning', status: 'Lets the forged token through and renews it' },
      mailboxes: { state: 'compromised', status: 'Read from May 15, 2023 or earlier' },
    },
    sourceIds: [
      'microsoft-2023-07-14-storm-0558-analysis',
      'csrb-2024-04-02-review',
      'omaha-2023-08-bacon-fbi',
      'state-2023-09-28-press-briefing',
    ],
    eventIds: ['2023-05-15-forged-tokens-open-mailboxes', '2023-09-28-state-confirms-60000-emails'],
  },
  {
    id: 'caught',
    short: 'Caught',
    title: 'A customer’s alert catches it',
    when: 'Mid-June 2023; blocked June 27',
    body: [
      'In mid-June, on June 15 or 16 by different accounts, a custom alert at the State Department flags mailboxes being read by an application the department does not normally see, in audit records called MailItemsAccessed. On June 16 the department tells Microsoft.',
      'The intruders keep reading for days. By Microsoft’s account, it blocks the forged tokens for enterprise mail on June 27, replaces the key on June 29 and blocks it for consumer accounts on July 3; the Review Board gives June 24 for invalidating the key, a date Microsoft’s account does not contain.',
    ],
    diagramAlt:
      'Diagram, step 7: the State Department alert is lit, flagging an unfamiliar application reading mail in mid-June 2023. The mailboxes are marked read until the blocks of late June, and the key as blocked and then replaced.',
    focus: 'alert',
    nodes: {
      key: { state: 'compromised', status: 'Blocked June 27, replaced June 29' },
      mailboxes: { state: 'compromised', status: 'Read until the blocks of late June' },
      alert: {
        state: 'active',
        status: 'Flags an unfamiliar app reading mail, mid-June',
      },
    },
    sourceIds: ['csrb-2024-04-02-review', 'cisa-fbi-2023-07-12-aa23-193a', 'microsoft-2023-07-14-storm-0558-analysis'],
    eventIds: [
      '2023-06-15-state-big-yellow-taxi-alert',
      '2023-06-16-state-reports-to-microsoft',
      '2023-06-27-microsoft-blocks-forged-tokens',
      '2023-06-29-microsoft-replaces-stolen-key',
      '2023-06-24-stolen-key-invalidated',
    ],
  },
] as const satisfies readonly AttackStep[];
