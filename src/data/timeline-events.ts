// Compiled from shared/research/storm-0558-facts.md (section 1, with
// sections 2-7 for sourcing and caveats), 2026-11-28.
// Keep sorted by date. Ids are published: never rename.
import type { TimelineEvent } from './types';

export const timelineEvents = [
  {
    id: '2016-microsoft-creates-consumer-signing-key',
    date: '2016',
    datePrecision: 'year',
    lane: 'microsoft',
    title: 'Microsoft creates the consumer signing key later stolen',
    summary:
      'Microsoft generates a signing key for its consumer Microsoft account ' +
      '(MSA) system. Seven years on, the same key would be used to forge ' +
      'access to government mailboxes.',
    certainty: 'reported',
    certaintyNote:
      'The Review Board dates the key to 2016; a precise day, April 5, ' +
      '2016, appears only in one independent technical reconstruction, so ' +
      'only the year is given here.',
    sourceIds: [
      'csrb-2024-04-02-review',
      'medianama-2024-04-dhs-criticises-microsoft',
    ],
    chapter: 'what',
    key: true,
  },
  {
    id: '2021-intruders-breach-microsoft-corporate-network',
    date: '2021',
    datePrecision: 'year',
    lane: 'attacker',
    title: "Intruders get into Microsoft's corporate network",
    summary:
      "Storm-0558 gets into Microsoft's corporate network through an " +
      "engineer's device that was compromised before Microsoft bought the " +
      "engineer's company. Microsoft thinks this probably led to the later " +
      'key theft but has not offered concrete proof.',
    certainty: 'reported',
    certaintyNote:
      "This comes from the Review Board's report as summarized by " +
      "secondary outlets, and the link to the key theft is Microsoft's " +
      'belief, not an established finding.',
    sourceIds: [
      'csrb-2024-04-02-review',
      'globalrelay-2024-04-csrb-security-culture',
    ],
    chapter: 'what',
  },
  {
    id: '2021-microsoft-pauses-consumer-key-rotation',
    date: '2021',
    datePrecision: 'year',
    lane: 'microsoft',
    title: 'Microsoft stops rotating its consumer signing keys',
    summary:
      'After a major cloud outage, Microsoft halts the routine replacement ' +
      'of its consumer signing keys, which leaves the 2016 key in service, ' +
      'the Review Board found.',
    certainty: 'reported',
    certaintyNote:
      "The finding is known here through Global Relay's summary of the " +
      'Review Board report, and which 2021 outage prompted the pause has ' +
      'not been established.',
    sourceIds: [
      'globalrelay-2024-04-csrb-security-culture',
      'csrb-2024-04-02-review',
    ],
    chapter: 'what',
  },
  {
    id: '2021-03-old-key-outlives-its-retirement',
    date: '2021-03',
    datePrecision: 'month',
    lane: 'microsoft',
    title: 'The 2016 key reaches its retirement date but stays trusted',
    summary:
      "The key comes to the end of its planned life in spring 2021, yet " +
      "Microsoft's systems go on accepting it. Sen. Ron Wyden's office " +
      'later pointed out that it still worked although it had expired.',
    certainty: 'disputed',
    certaintyNote:
      "BleepingComputer's reading of the Review Board report has the key " +
      'due for revocation in March 2021; a certificate reconstruction ' +
      'citing Wiz puts its expiry on April 4, 2021.',
    sourceIds: ['csrb-2024-04-02-review', 'wyden-2023-07-27-letter'],
    chapter: 'what',
    key: true,
  },
  {
    id: '2021-04-crash-dump-once-blamed-for-leak',
    date: '2021-04',
    datePrecision: 'month',
    lane: 'microsoft',
    title: 'A system crash that Microsoft once blamed for the leak',
    summary:
      'Microsoft said in September 2023 that a system signing consumer ' +
      'tokens failed in April 2021 and that the resulting dump, with the ' +
      'key inside, later reached an internet-connected debugging ' +
      'environment where the intruders found it. It withdrew key parts of ' +
      'that account in March 2024.',
    certainty: 'disputed',
    certaintyNote:
      'Microsoft later said it never located a dump with the key in it, so ' +
      'this chain is no longer its established explanation.',
    sourceIds: ['microsoft-2023-09-06-key-acquisition'],
    chapter: 'what',
  },
  {
    id: '2023-05-15-forged-tokens-open-mailboxes',
    date: '2023-05-15',
    datePrecision: 'day',
    lane: 'attacker',
    title: 'Intruders begin reading mail with forged tokens',
    summary:
      'Storm-0558, a group Microsoft says is based in China, starts using ' +
      'forged authentication tokens to get into email through Outlook on ' +
      'the web and Outlook.com, according to Microsoft.',
    certainty: 'confirmed',
    sourceIds: [
      'microsoft-2023-07-11-mitigation',
      'microsoft-2023-07-14-storm-0558-analysis',
    ],
    chapter: 'what',
    key: true,
  },
  {
    id: '2023-06-blinken-travels-to-beijing',
    date: '2023-06',
    datePrecision: 'month',
    lane: 'us-government',
    title: 'Blinken visits Beijing as the intrusion comes to light',
    summary:
      'Secretary of State Antony Blinken makes a mid-June visit to Beijing. ' +
      'U.S. officials say the break-in surfaced around then, and that the ' +
      'targeted inboxes would have held planning for the trip.',
    certainty: 'confirmed',
    sourceIds: ['washingtonpost-2023-07-13-blinken-wang-yi'],
    chapter: 'spy-game',
  },
  {
    id: '2023-06-compromised-key-leaves-public-list',
    date: '2023-06',
    datePrecision: 'month',
    lane: 'microsoft',
    title: "The stolen key drops off Microsoft's published key lists",
    summary:
      'Wiz later reports that the public half of the compromised key, ' +
      'listed since at least 2016, was removed from the key lists Microsoft ' +
      'publishes for apps to check tokens against.',
    certainty: 'reported',
    certaintyNote:
      'The removal happened somewhere between late June and early July, ' +
      'and the sources do not pin down the exact dates; June is the ' +
      'earliest it could have been.',
    sourceIds: ['wiz-2023-07-21-compromised-key'],
    chapter: 'response',
  },
  {
    id: '2023-06-15-state-big-yellow-taxi-alert',
    date: '2023-06-15',
    datePrecision: 'day',
    lane: 'victims',
    title: 'A State Department alert flags odd mailbox access',
    summary:
      'A custom detection rule at the State Department, nicknamed “Big ' +
      'Yellow Taxi,” fires on audit records showing mailboxes being read ' +
      'by an application the department did not normally see.',
    certainty: 'confirmed',
    sourceIds: [
      'csrb-2024-04-02-review',
      'cisa-fbi-2023-07-12-aa23-193a',
      'globalrelay-2024-04-csrb-security-culture',
    ],
    chapter: 'response',
    key: true,
  },
  {
    id: '2023-06-16-state-reports-to-microsoft',
    date: '2023-06-16',
    datePrecision: 'day',
    lane: 'victims',
    title: 'State Department reports the activity to Microsoft and CISA',
    summary:
      'The department, called only a federal civilian agency in the later ' +
      'government advisory, passes what it has found to Microsoft and to ' +
      'CISA.',
    certainty: 'confirmed',
    sourceIds: [
      'cisa-fbi-2023-07-12-aa23-193a',
      'hstoday-2023-07-cisa-fbi-advisory',
    ],
    chapter: 'response',
    key: true,
  },
  {
    id: '2023-06-16-microsoft-opens-investigation',
    date: '2023-06-16',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft starts investigating',
    summary:
      "Prompted by the customer's report, Microsoft begins looking into " +
      'unusual mail activity, and later treats this as the day it ' +
      'identified the campaign.',
    certainty: 'confirmed',
    sourceIds: [
      'microsoft-2023-07-11-mitigation',
      'microsoft-2023-07-14-storm-0558-analysis',
    ],
    chapter: 'response',
  },
  {
    id: '2023-06-16-bacon-gets-microsoft-warning',
    date: '2023-06-16',
    datePrecision: 'day',
    lane: 'victims',
    title: 'Rep. Don Bacon gets a warning he takes as routine',
    summary:
      'Microsoft warns Rep. Don Bacon (R-Neb.) that someone may have gone ' +
      'after his account and advises a new password. He treats it as a ' +
      'standard notice until the FBI calls in August.',
    certainty: 'reported',
    certaintyNote:
      "This rests on a single account, from Bacon's press secretary.",
    sourceIds: ['omaha-2023-08-bacon-fbi'],
    chapter: 'who',
  },
  {
    id: '2023-06-24-stolen-key-invalidated',
    date: '2023-06-24',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft invalidates the stolen key, by one account',
    summary:
      "A summary of the Review Board's findings says Microsoft cancelled " +
      'the stolen signing key on this day. Microsoft has not published a ' +
      'date for it.',
    certainty: 'disputed',
    certaintyNote:
      'The Review Board, as summarized by Global Relay, dates this June 24; ' +
      'The Telegraph, also citing the board, says the hunt that found the ' +
      'key missing began June 26.',
    sourceIds: ['globalrelay-2024-04-csrb-security-culture'],
    chapter: 'response',
  },
  {
    id: '2023-06-26-overnight-hunt-finds-key-lost',
    date: '2023-06-26',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'An overnight hunt finds the signing key was lost',
    summary:
      "About ten days after the State Department's report, Microsoft runs " +
      'an overnight investigation across the company that establishes the ' +
      'key had been lost, The Telegraph reported, citing the Review Board.',
    certainty: 'disputed',
    certaintyNote:
      "The Telegraph's reading of the board report puts this on June 26, " +
      "while Global Relay's summary of the same report has the key already " +
      'invalidated on June 24.',
    sourceIds: ['csrb-2024-04-02-review'],
    chapter: 'response',
  },
  {
    id: '2023-07-11-microsoft-discloses-storm-0558',
    date: '2023-07-11',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft goes public about Storm-0558',
    summary:
      'In two posts on Tuesday evening, Microsoft names Storm-0558, an ' +
      'espionage group it says is based in China, says roughly 25 ' +
      'organizations were affected, and reports the problem fixed with ' +
      'nothing for customers to do.',
    certainty: 'confirmed',
    sourceIds: [
      'microsoft-2023-07-11-mitigation',
      'computerweekly-2023-07-microsoft-warning',
    ],
    chapter: 'response',
    key: true,
  },
  {
    id: '2023-07-11-white-house-acknowledges-intrusion',
    date: '2023-07-11',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'The White House says government safeguards caught the breach',
    summary:
      'National Security Council spokesperson Adam Hodge says U.S. ' +
      "government defenses spotted the intrusion in Microsoft's cloud the " +
      'month before, that only unclassified systems were involved, and that ' +
      'officials alerted the company at once.',
    certainty: 'confirmed',
    sourceIds: ['semafor-2023-07-13-china-hackers'],
    chapter: 'response',
  },
  {
    id: '2023-07-12-cisa-fbi-advisory',
    date: '2023-07-12',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'CISA and the FBI publish advice on spotting the activity',
    summary:
      'Joint advisory AA23-193A describes how a federal agency caught the ' +
      'intrusion, says unclassified Exchange Online data was taken from a ' +
      'handful of accounts, and urges organizations to turn on Purview ' +
      'audit logging.',
    certainty: 'confirmed',
    sourceIds: [
      'cisa-fbi-2023-07-12-aa23-193a',
      'executivegov-2023-07-cisa-fbi-advisory',
    ],
    chapter: 'response',
    key: true,
  },
  {
    id: '2023-07-12-state-confirms-detection',
    date: '2023-07-12',
    datePrecision: 'day',
    lane: 'victims',
    title: 'State Department confirms it found the breach',
    summary:
      'Spokesperson Matthew Miller says the department detected the ' +
      'intrusion but will not say who was behind it, adding that it has ' +
      "nothing that contradicts Microsoft's attribution.",
    certainty: 'confirmed',
    sourceIds: ['abc-2023-07-raimondo-emails'],
    chapter: 'who',
  },
  {
    id: '2023-07-12-raimondo-mailbox-accessed',
    date: '2023-07-12',
    datePrecision: 'day',
    lane: 'victims',
    title: "Commerce Secretary Raimondo's inbox is among those read",
    summary:
      'Commerce confirms that Microsoft notified it of a breach, and news ' +
      'reports identify Secretary Gina Raimondo as the one Cabinet member ' +
      "whose mail is known to have been read. Blinken's mailbox, officials " +
      'say, was not.',
    certainty: 'confirmed',
    sourceIds: ['abc-2023-07-raimondo-emails'],
    chapter: 'who',
    key: true,
  },
  {
    id: '2023-07-12-china-rejects-accusation',
    date: '2023-07-12',
    datePrecision: 'day',
    lane: 'attacker',
    title: 'China rejects the accusation',
    summary:
      "China's foreign ministry dismisses the claims as disinformation, " +
      'and spokesperson Wang Wenbin calls the United States the biggest ' +
      'hacker in the world.',
    certainty: 'confirmed',
    sourceIds: [
      'semafor-2023-07-13-china-hackers',
      'firstpost-2023-07-blinken-will-take-action',
    ],
    chapter: 'who',
  },
  {
    id: '2023-07-13-blinken-raises-hack-with-wang-yi',
    date: '2023-07-13',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'Blinken raises the hacking with Wang Yi in Jakarta',
    summary:
      "Meeting China's top diplomat on the sidelines of ASEAN talks, " +
      'Blinken brings up the intrusion and, according to a State ' +
      'Department official, makes clear that Washington will respond ' +
      'against whoever is responsible.',
    certainty: 'confirmed',
    sourceIds: [
      'firstpost-2023-07-blinken-will-take-action',
      'washingtonpost-2023-07-13-blinken-wang-yi',
    ],
    chapter: 'spy-game',
  },
  {
    id: '2023-07-14-microsoft-technical-analysis',
    date: '2023-07-14',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft explains how the tokens were forged',
    summary:
      'Microsoft says the intruders signed tokens with an inactive consumer ' +
      'key, which a validation error in its code let pass for enterprise ' +
      'access. How the intruders got the key is still unclear, it says, and ' +
      'every consumer key in use before the incident has been cancelled.',
    certainty: 'confirmed',
    sourceIds: [
      'microsoft-2023-07-14-storm-0558-analysis',
      'techtarget-2023-07-msa-key-investigation',
    ],
    chapter: 'what',
  },
  {
    id: '2023-07-19-microsoft-expands-free-logging',
    date: '2023-07-19',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft promises premium audit logs at no extra cost',
    summary:
      'Working with CISA, Microsoft says standard-tier customers will get ' +
      'log data once reserved for its paid premium tier over the coming ' +
      'months, and default log retention will double from 90 to 180 days.',
    certainty: 'confirmed',
    sourceIds: [
      'techtarget-2023-07-free-cloud-logging',
      'msspalert-2023-07-cloud-logging',
    ],
    chapter: 'response',
    key: true,
  },
  {
    id: '2023-07-20-us-envoy-to-china-among-victims',
    date: '2023-07-20',
    datePrecision: 'day',
    lane: 'victims',
    title: 'U.S. envoy to China among those whose mail was read',
    summary:
      'The Wall Street Journal reports that Ambassador Nicholas Burns and ' +
      'Assistant Secretary of State Daniel Kritenbrink were among the ' +
      'targets, and that the haul may run to hundreds of thousands of ' +
      'government emails.',
    certainty: 'confirmed',
    sourceIds: ['thetimes-2023-07-us-officials-emails'],
    chapter: 'who',
  },
  {
    id: '2023-07-21-wiz-says-key-reached-further',
    date: '2023-07-21',
    datePrecision: 'day',
    lane: 'researchers',
    title: 'Wiz argues the stolen key could have opened far more',
    summary:
      'Wiz researcher Shir Tamari writes that the key could have minted ' +
      'valid tokens for every Azure AD app that takes personal Microsoft ' +
      'accounts, SharePoint, Teams and OneDrive among them, and that ' +
      'customers would struggle to spot such use in their logs.',
    certainty: 'disputed',
    certaintyNote:
      "Microsoft called Wiz's wider scenarios hypothetical and said the " +
      'impact was confined to apps that both took personal accounts and ' +
      'shared the validation flaw; no evidence of such use has been ' +
      'published.',
    sourceIds: [
      'wiz-2023-07-21-compromised-key',
      'scmagazine-2023-07-microsoft-dismisses-wiz',
    ],
    chapter: 'what',
    key: true,
  },
  {
    id: '2023-07-27-wyden-seeks-investigation',
    date: '2023-07-27',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'Sen. Wyden asks officials to hold Microsoft responsible',
    summary:
      'Writing to Attorney General Merrick Garland, FTC Chair Lina Khan and ' +
      'CISA Director Jen Easterly, Sen. Ron Wyden (D-Ore.) faults ' +
      "Microsoft's “negligent cybersecurity practices” and asks for a Cyber " +
      'Safety Review Board inquiry.',
    certainty: 'confirmed',
    sourceIds: [
      'wyden-2023-07-27-letter',
      'axios-2023-07-28-wyden-probe',
      'scmagazine-2023-07-federal-probe-sought',
    ],
    chapter: 'response',
  },
  {
    id: '2023-08-02-house-oversight-inquiry',
    date: '2023-08-02',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'House Oversight Committee opens an inquiry',
    summary:
      'Chairman James Comer and subcommittee leaders ask the State and ' +
      'Commerce Departments to brief committee staff by Aug. 9.',
    certainty: 'reported',
    certaintyNote:
      'This is known from a single Reuters report, republished by Firstpost.',
    sourceIds: ['firstpost-2023-08-house-panel-probe'],
    chapter: 'response',
  },
  {
    id: '2023-08-11-csrb-review-announced',
    date: '2023-08-11',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'The Cyber Safety Review Board takes up the case',
    summary:
      "Homeland Security Secretary Alejandro Mayorkas says the board's " +
      'next review will examine the Exchange Online intrusion along with ' +
      'cloud identity and authentication more broadly.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
    chapter: 'response',
  },
  {
    id: '2023-08-14-fbi-tells-bacon-his-mail-was-read',
    date: '2023-08-14',
    datePrecision: 'day',
    lane: 'victims',
    title: 'FBI tells Rep. Bacon his email was read',
    summary:
      'The FBI informs Bacon that his personal and campaign email was ' +
      'accessed from May 15 to June 16. He posts about it on X, the first ' +
      'lawmaker to be publicly identified as a target.',
    certainty: 'confirmed',
    sourceIds: [
      'techcrunch-2023-08-15-bacon-emails',
      'omaha-2023-08-bacon-fbi',
    ],
    chapter: 'who',
  },
  {
    id: '2023-09-06-microsoft-key-theft-findings',
    date: '2023-09-06',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft publishes its theory of the key theft',
    summary:
      'Microsoft sets out the crash-dump chain, says short log retention ' +
      'left no direct evidence of how the key was taken, and lists fixes ' +
      'including automatic token-scope checks. Parts were withdrawn in ' +
      'March 2024.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-09-06-key-acquisition'],
    chapter: 'what',
  },
  {
    id: '2023-09-27-senate-staff-told-of-state-losses',
    date: '2023-09-27',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'Senate staff hear that 60,000 State emails were taken',
    summary:
      'State Department IT officials tell Senate staff that the intruders ' +
      'took some 60,000 emails from 10 accounts, nine of them held by ' +
      'staff focused on East Asia and the Pacific, an aide to Sen. Eric ' +
      'Schmitt said.',
    certainty: 'reported',
    certaintyNote:
      "The figures come second-hand, from one Senate staffer's account of " +
      'the briefing.',
    sourceIds: [
      'politico-2023-09-27-60000-emails',
      'cna-2023-09-state-60000-emails',
    ],
    chapter: 'who',
  },
  {
    id: '2023-10-18-microsoft-details-logging-rollout',
    date: '2023-10-18',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft sets out its logging rollout',
    summary:
      'Microsoft says 180-day default retention for standard-tier customers ' +
      'begins in October 2023, with the extra mail-access and other events ' +
      'arriving in stages from December.',
    certainty: 'confirmed',
    sourceIds: ['borncity-2023-10-24-purview-logging'],
    chapter: 'response',
  },
  {
    id: '2024-02-21-expanded-logs-for-all-federal-agencies',
    date: '2024-02-21',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Every federal agency gets the expanded logs',
    summary:
      'After a six-month pilot, Microsoft opens the expanded logs to all ' +
      'federal agencies on Purview Audit whatever their license, switched ' +
      'on by default and kept for 180 days. CISA welcomes the change.',
    certainty: 'confirmed',
    sourceIds: ['helpnetsecurity-2024-02-22-expanded-logging'],
    chapter: 'response',
  },
  {
    id: '2024-03-12-microsoft-corrects-crash-dump-account',
    date: '2024-03-12',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft walks back its crash-dump explanation',
    summary:
      'In a note added to its September post, Microsoft says it has never ' +
      'located a dump that held the key. It still thinks key material ' +
      'escaped through operational errors and was reached via a ' +
      'compromised engineering account.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-09-06-key-acquisition'],
    chapter: 'what',
    key: true,
  },
  {
    id: '2024-04-02-csrb-report-released',
    date: '2024-04-02',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'Review board calls the intrusion preventable',
    summary:
      "The Cyber Safety Review Board's report faults a string of Microsoft " +
      "mistakes that could have been avoided, calls the company's security " +
      'culture inadequate, and finds that 22 or more organizations and ' +
      'over 500 people were hit.',
    certainty: 'confirmed',
    sourceIds: [
      'csrb-2024-04-02-review',
      'cisa-2024-04-02-csrb-report-release',
      'thestack-2024-04-csrb-key-theft',
      'scmagazine-2024-04-csrb-deprioritization',
    ],
    chapter: 'response',
    key: true,
  },
  {
    id: '2024-06-13-brad-smith-testifies-to-house-panel',
    date: '2024-06-13',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'Brad Smith accepts responsibility before a House panel',
    summary:
      'At a House Homeland Security Committee hearing titled “A Cascade of ' +
      'Security Failures,” Microsoft President Brad Smith accepts the ' +
      "company's responsibility for the intrusion.",
    certainty: 'confirmed',
    sourceIds: ['house-homeland-2024-06-17-smith-testimony'],
    chapter: 'response',
  },
  {
    id: '2024-08-storm-0558-renamed-antique-typhoon',
    date: '2024-08',
    datePrecision: 'month',
    lane: 'microsoft',
    title: 'Microsoft renames the group Antique Typhoon',
    summary:
      'An update to its July 2023 analysis says Microsoft now calls ' +
      'Storm-0558 Antique Typhoon, moving it from a provisional label to a ' +
      'named threat actor.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-07-14-storm-0558-analysis'],
    chapter: 'who',
  },
] as const satisfies readonly TimelineEvent[];
