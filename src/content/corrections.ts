// The public corrections and updates log shown on /sources/. Add an entry
// (newest last) whenever a published fact changes, and move
// storyMeta.updated (content/story.ts) to the same date. A correction is
// also shown, as a short note, beside each passage it changed: chapter
// parts and the cover list the ids they carry (`correctionIds`), and
// timeline events are listed here (`eventIds`).

export type CorrectionKind = 'correction' | 'update';

export type CorrectionEntry = {
  /** Stable slug, referenced by the passages the entry changed. */
  readonly id: string;
  /** Calendar date `YYYY-MM-DD` the change was published. */
  readonly date: string;
  readonly kind: CorrectionKind;
  /** What was wrong and what is right, written to stand alone. */
  readonly text: string;
  /** Timeline events whose pages carry the note (current ids). */
  readonly eventIds?: readonly string[];
  /** True for a change across the whole site, listed in the log only. */
  readonly siteWide?: boolean;
};

const DAY = '2026-12-02';

export const corrections = [
  {
    id: 'first-published',
    date: '2026-11-28',
    kind: 'update',
    text: 'First published: four chapters, the full timeline, the sources and the data files.',
  },
  {
    id: 'containment-dates',
    date: DAY,
    kind: 'correction',
    text: 'We said Microsoft had published no date for shutting the stolen key out, and showed June 24 against June 26, 2023 as the dispute. Microsoft’s July 14, 2023 post dates each step: June 26, 27 and 29, and July 3. The real dispute is with the Review Board’s June 24, which those dates contradict; June 26 is when Microsoft found the tokens were forged with its 2016 key.',
    eventIds: [
      '2023-06-24-stolen-key-invalidated',
      '2023-06-26-overnight-hunt-finds-key-lost',
      '2023-06-29-microsoft-replaces-stolen-key',
    ],
  },
  {
    id: 'state-emails-confirmed',
    date: DAY,
    kind: 'correction',
    text: 'We described the figure of about 60,000 State Department emails as reported but not confirmed, resting on a Senate aide’s account. The department’s spokesperson confirmed it on the record on Sept. 28, 2023, and the Review Board repeats it.',
    eventIds: ['2023-09-27-senate-staff-told-of-state-losses'],
  },
  {
    id: 'personal-accounts-503',
    date: DAY,
    kind: 'correction',
    text: 'We said no exact count of the people affected had been published, and gave the Review Board’s figure as more than 500 people. The board counts 22 enterprise organizations and 503 related personal accounts.',
    eventIds: ['2024-04-02-csrb-report-released'],
  },
  {
    id: 'detection-date-disputed',
    date: DAY,
    kind: 'correction',
    text: 'We gave June 15, 2023 as the settled day the State Department’s alert fired. Accounts differ: the Review Board’s timeline puts the alerts on June 15, its narrative on June 16, and the House Oversight Committee’s letter to Secretary Blinken says the department discovered the intrusion on June 16. The explainer now shows both, and the 31 days counted from the first date are shown as 31 or 32.',
    eventIds: ['2023-06-15-state-big-yellow-taxi-alert'],
  },
  {
    id: 'may-15-lower-bound',
    date: DAY,
    kind: 'correction',
    text: 'We presented May 15, 2023 as the day the intrusion began. It is the earliest access found in the logs that survived; the Review Board heard that it may have started earlier. Day counts from it are minimums.',
    eventIds: ['2023-05-15-forged-tokens-open-mailboxes'],
  },
  {
    id: 'access-after-detection',
    date: DAY,
    kind: 'correction',
    text: 'The attack steps said the mailboxes were read until mid-June 2023. The intruders kept reading after they were spotted: by Microsoft’s account, until it blocked the forged tokens for enterprise mail on June 27 and for consumer accounts on July 3.',
  },
  {
    id: 'second-flaw',
    date: DAY,
    kind: 'correction',
    text: 'Our account of how the intrusion worked left out the second flaw Microsoft described: a design flaw in Outlook on the web’s GetAccessTokenForResource interface let the intruders trade a token for fresh ones. The What chapter and the attack steps now include it.',
    eventIds: ['2023-07-14-microsoft-technical-analysis'],
  },
  {
    id: 'key-dates',
    date: DAY,
    kind: 'correction',
    text: 'We presented March 2021 and April 4, 2021 as disputed dates for the key’s retirement, and said its April 5, 2016 date came from a single independent reconstruction. They are separate facts: the Review Board says the key was due to be retired in March 2021, and Wiz found that its certificate was issued April 5, 2016 and expired April 4, 2021.',
    eventIds: ['2016-microsoft-creates-consumer-signing-key', '2021-03-old-key-outlives-its-retirement'],
  },
  {
    id: 'antique-typhoon-date',
    date: DAY,
    kind: 'correction',
    text: 'We said Microsoft renamed the group Antique Typhoon in August 2024, in a note on its July 2023 analysis. No source supports that date or that note. The earliest dated appearances of the name found are a Microsoft documentation page dated Dec. 3, 2024 and Microsoft’s naming feed of Dec. 19, 2024. The timeline event has moved to December 2024 under a new address; the old one still works.',
    eventIds: ['2024-12-storm-0558-listed-as-antique-typhoon'],
  },
  {
    id: 'congress-in-july',
    date: DAY,
    kind: 'correction',
    text: 'We wrote that Congress learned it had been hit in August 2023. CNN reported on July 12, 2023 that House accounts were targeted, and Microsoft had notified the House on June 28; Rep. Don Bacon, in August, was the first member known by name.',
  },
  {
    id: 'cisa-report-date',
    date: DAY,
    kind: 'correction',
    text: 'We said the State Department reported the intrusion to Microsoft and to CISA on June 16, 2023. The date is documented for Microsoft; no date has been published for the department’s contact with CISA, and it told the FBI’s Washington field office on June 21.',
    eventIds: ['2023-06-16-state-reports-to-microsoft'],
  },
  {
    id: 'dwell-measures',
    date: DAY,
    kind: 'correction',
    text: 'The chart of days unseen mixed measures: SolarWinds ran to the day SolarWinds was told, Volt Typhoon to Microsoft’s disclosure, HAFNIUM to the patch, and Midnight Blizzard began on an uncited third-party estimate. Every row now runs from the first documented access to the first detection by anyone and names both events; rows with only another kind of figure are marked as not comparable. SolarWinds is now about 290 to 300 days, Midnight Blizzard about 43 to 53.',
  },
  {
    id: 'microsoft-reply-to-wiz',
    date: DAY,
    kind: 'correction',
    text: 'We wrote that Microsoft said the key’s impact was limited to applications that both accepted personal accounts and shared the validation flaw. No source for that statement was found, and it has been removed. The Review Board later found the key could have been used on other Microsoft cloud applications.',
    eventIds: ['2023-07-21-wiz-says-key-reached-further'],
  },
  {
    id: 'state-attribution-words',
    date: DAY,
    kind: 'correction',
    text: 'We wrote that the State Department said it had no evidence contradicting Microsoft’s attribution, citing a report that does not say so. Its words, reported by Reuters on July 12, 2023 and repeated on Sept. 28, were that it had no reason to doubt the attribution, while making none of its own.',
    eventIds: ['2023-07-12-state-confirms-detection'],
  },
  {
    id: 'blinken-trip',
    date: DAY,
    kind: 'correction',
    text: 'We dated Secretary Blinken’s visit to Beijing only to mid-June 2023, and cited a Washington Post article for officials’ saying the targeted inboxes held planning for the trip, which it does not say. He left Washington on June 16 and held talks in Beijing on June 18 and 19; the Review Board found that the mailboxes read included those of staff supporting the trip.',
    eventIds: ['2023-06-blinken-travels-to-beijing'],
  },
  {
    id: 'premium-logging',
    date: DAY,
    kind: 'correction',
    text: 'We said the CISA and FBI advisory urged organizations to turn on Purview audit logging. It urged them to enable Purview Audit (Premium), the paid tier that requires G5 or E5 licenses.',
    eventIds: ['2023-07-12-cisa-fbi-advisory'],
  },
  {
    id: 'logging-rollout',
    date: DAY,
    kind: 'correction',
    text: 'We dated Microsoft’s account of its logging rollout to Oct. 18, 2023, relying on a personal blog, and wrote that standard-tier customers got the extra records from then. Longer retention applies to standard-tier records created from Oct. 17, 2023, according to Microsoft’s documentation; MailItemsAccessed reached those customers only in mid-2024. The timeline event has a new address; the old one still works.',
    eventIds: ['2023-10-17-standard-audit-retention-doubles'],
  },
  {
    id: 'crash-dump-qualified',
    date: DAY,
    kind: 'correction',
    text: 'We said Microsoft withdrew key parts of its crash-dump account of the theft in March 2024. It added a note that it had not found a crash dump containing the key, but kept the theory as its leading hypothesis; the Review Board noted that it did not recant it.',
    eventIds: ['2021-04-crash-dump-once-blamed-for-leak', '2023-09-06-microsoft-key-theft-findings'],
  },
  {
    id: 'bacon-warning',
    date: DAY,
    kind: 'correction',
    text: 'We gave one account of Microsoft’s warning to Rep. Don Bacon: an email on June 16, 2023 that he took as routine, according to his press secretary. The Review Board says the email came a month before the FBI’s call of Aug. 14 and looked suspicious to him. The two accounts do not fit, and both are now shown.',
    eventIds: ['2023-06-16-bacon-gets-microsoft-warning'],
  },
  {
    id: 'quoted-wording',
    date: DAY,
    kind: 'correction',
    text: 'We quoted Wiz as writing “Sign in with Microsoft”; its words were “login with Microsoft.” We also wrote that Sen. Ron Wyden said the key appeared not to have been kept in a hardware security module; his letter questioned whether it had been.',
  },
  {
    id: 'cover-envelopes',
    date: DAY,
    kind: 'correction',
    text: 'The cover’s picture said three dashed envelopes were the difference between Microsoft’s count of about 25 organizations and the Review Board’s 22. The two counts may not measure the same thing, so there are no three known missing organizations.',
  },
  {
    id: 'think-tanks-confirmed',
    date: DAY,
    kind: 'update',
    text: 'Think tanks, listed as unconfirmed victims, are confirmed by the Review Board, which counts three among the 22 organizations hit. Victims outside the United States have been added.',
  },
  {
    id: 'citations',
    date: DAY,
    kind: 'correction',
    siteWide: true,
    text: 'Several facts were cited to rewrites, news digests, summaries or a personal blog rather than to the original publisher, and some sources were cited for things they do not say. Every citation now points to the original publisher where one could be found; where an original page or headline could not be confirmed, the sources page says so. Three passages that followed a source’s wording too closely have been rewritten.',
  },
  {
    id: 'new-facts',
    date: DAY,
    kind: 'update',
    text: 'Added from the Review Board’s report and Microsoft’s posts: Microsoft’s containment steps of June 26 to July 3, 2023; the State Department’s count of six accounts on June 19 and of more accounts read June 21–24; when Commerce was first reached and told; the report’s own date, March 20, 2024; Jake Sullivan’s remarks of July 16, 2023; and the Secure Future Initiative’s milestones.',
  },
] as const satisfies readonly CorrectionEntry[];

export type CorrectionId = (typeof corrections)[number]['id'];

/** What a note beside a passage shows of an entry. */
export type CorrectionNote = Pick<CorrectionEntry, 'id' | 'date' | 'kind' | 'text'>;

/** The log entries with these ids, in log order. */
export function correctionsWithIds(ids: readonly CorrectionId[] = []): CorrectionNote[] {
  return corrections.filter((entry) => (ids as readonly string[]).includes(entry.id));
}

/** The log entries that changed this timeline event. */
export function correctionsForEvent(eventId: string): CorrectionNote[] {
  return corrections.filter((entry) => 'eventIds' in entry && (entry.eventIds as readonly string[]).includes(eventId));
}
