// Compiled from shared/research/storm-0558-facts.md, revision 2 (section 1,
// with sections 2-7 for sourcing and caveats), and checked against the
// Review Board's report, Microsoft's July 14, 2023 post and AA23-193A;
// corrected 2026-12-02 (content/corrections.ts lists each change).
// Keep sorted by date. Ids are published: never rename. An event whose id
// carried a wrong date gets a new id and keeps the old one in `formerIds`.
import type { TimelineEvent } from './types';

export const timelineEvents = [
  {
    id: '2016-microsoft-creates-consumer-signing-key',
    date: '2016',
    datePrecision: 'year',
    lane: 'microsoft',
    title: 'Microsoft issues the consumer signing key later stolen',
    summary:
      'Microsoft puts a signing key into service for its consumer Microsoft ' +
      'account (MSA) system; the Review Board dates it to 2016. Wiz found ' +
      'that the key’s public certificate was issued on April 5, 2016, a ' +
      'date that need not be the day the key itself was made.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review', 'wiz-2023-07-21-compromised-key'],
    chapter: 'what',
    key: true,
    chartLabel: { text: 'Key issued', rank: 5 },
  },
  {
    id: '2021-intruders-breach-microsoft-corporate-network',
    date: '2021',
    datePrecision: 'year',
    lane: 'attacker',
    title: "Intruders get into Microsoft's corporate network",
    summary:
      "Storm-0558 reaches Microsoft's corporate network through the account " +
      'of an engineer who came with Affirmed Networks, a company Microsoft ' +
      'bought in 2020, and whose device, Microsoft believes, had been ' +
      'compromised before the deal; it read internal documents on Azure ' +
      'identity and service management. Microsoft believes this probably ' +
      'led to the key theft.',
    certainty: 'confirmed',
    certaintyNote:
      'The Review Board’s narrative dates the intrusion to April–August ' +
      '2021, the timeline in its appendix to late 2021, so only the year is ' +
      'given. The link to the key theft is Microsoft’s belief: the board ' +
      'says it has produced no specific evidence for it.',
    sourceIds: ['csrb-2024-04-02-review', 'microsoft-2020-03-26-affirmed-networks'],
    chapter: 'what',
  },
  {
    id: '2021-microsoft-pauses-consumer-key-rotation',
    date: '2021',
    datePrecision: 'year',
    lane: 'microsoft',
    title: 'Microsoft stops rotating its consumer signing keys',
    summary:
      'Microsoft had been replacing its consumer signing keys rarely and by ' +
      'hand. It stops altogether after a major cloud outage that the Review ' +
      'Board links to that manual process, and no alert watches the age of ' +
      'the keys still in use, so the 2016 key stays in service.',
    certainty: 'confirmed',
    certaintyNote: 'The board does not name the outage, and which 2021 incident it was ' + 'has not been established.',
    sourceIds: ['csrb-2024-04-02-review'],
    chapter: 'what',
  },
  {
    id: '2021-03-old-key-outlives-its-retirement',
    date: '2021-03',
    datePrecision: 'month',
    lane: 'microsoft',
    title: 'The 2016 key reaches its retirement date but stays trusted',
    summary:
      'The key was due to be retired in March 2021, the last time Microsoft ' +
      'rolled a consumer key, but its removal slipped, the Review Board ' +
      'found. Its public certificate expired on April 4, 2021, according to ' +
      'Wiz. Microsoft’s software went on accepting the key anyway, as Sen. ' +
      'Ron Wyden later pointed out.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review', 'wiz-2023-07-21-compromised-key', 'wyden-2023-07-27-letter'],
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
      'tokens crashed in April 2021 and that the resulting crash dump, with ' +
      'the key inside, later reached an internet-connected debugging ' +
      'environment where the intruders found it. In March 2024 it added ' +
      'that it had never found a crash dump containing the key.',
    certainty: 'disputed',
    certaintyNote:
      'Microsoft’s own addendum says no crash dump with the key has been ' +
      'found, though it kept the theory as its leading hypothesis; the ' +
      'Review Board treats it as one unproven hypothesis among many.',
    sourceIds: ['microsoft-2023-09-06-key-acquisition', 'csrb-2024-04-02-review'],
    chapter: 'what',
  },
  {
    id: '2023-05-15-forged-tokens-open-mailboxes',
    date: '2023-05-15',
    datePrecision: 'day',
    lane: 'attacker',
    title: 'The earliest known mail access with forged tokens',
    summary:
      'By this day, and possibly earlier, Storm-0558, a group Microsoft says ' +
      'is based in China, is using forged authentication tokens to get into ' +
      'email through Outlook on the web and Outlook.com. It is the first ' +
      'access Microsoft found in the logs.',
    certainty: 'confirmed',
    certaintyNote:
      'May 15 is the earliest date in the logs that survived, not a proven ' +
      'start: the Review Board heard that the intrusion may have begun ' +
      'earlier, because the logs reached back only about 30 days.',
    sourceIds: ['microsoft-2023-07-14-storm-0558-analysis', 'csrb-2024-04-02-review'],
    chapter: 'what',
    key: true,
    chartLabel: { text: 'First forged access', rank: 3 },
  },
  {
    id: '2023-06-06-commerce-mailboxes-first-accessed',
    date: '2023-06-06',
    datePrecision: 'day',
    lane: 'victims',
    title: 'The intruders first reach Commerce Department mail',
    summary:
      'Audit logs that Microsoft handed over later show the intruders first ' +
      'got into Commerce Department data on this day. Microsoft’s first ' +
      'reports had put the break-in at Commerce on June 21.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
    chapter: 'who',
  },
  {
    id: '2023-06-15-state-big-yellow-taxi-alert',
    date: '2023-06-15',
    datePrecision: 'day',
    lane: 'victims',
    title: 'The State Department spots odd mailbox access',
    summary:
      'The State Department’s security operations center detects unusual ' +
      'access to its mail. A rule the department wrote for itself, ' +
      'nicknamed “Big Yellow Taxi,” raised the alerts: it watched ' +
      'MailItemsAccessed audit records for applications that did not ' +
      'normally read its mailboxes.',
    certainty: 'disputed',
    certaintyNote:
      'Accounts differ on the day. The Review Board dates State’s first ' +
      'detection to June 15, and the timeline in its appendix puts the Big ' +
      'Yellow Taxi alerts on June 15 too, but its narrative has the alerts ' +
      'on June 16; the House Oversight Committee’s letter to Blinken says ' +
      'the department discovered the intrusion on June 16; CISA’s advisory says only ' +
      '“mid-June.”',
    sourceIds: [
      'csrb-2024-04-02-review',
      'cisa-fbi-2023-07-12-aa23-193a',
      'house-oversight-2023-08-02-letter-to-blinken',
    ],
    chapter: 'response',
    key: true,
    chartLabel: { text: 'State Dept. alert', rank: 1 },
  },
  {
    id: '2023-06-16-state-reports-to-microsoft',
    date: '2023-06-16',
    datePrecision: 'day',
    lane: 'victims',
    title: 'State Department reports the activity to Microsoft',
    summary:
      'On Friday, June 16, the department, which the later advisory calls ' +
      'only a federal civilian agency, tells Microsoft what it has found. ' +
      'It also contacted CISA, whose staff were already at State hunting ' +
      'for threats, on a date that has not been published, and told the ' +
      'FBI’s Washington field office on June 21.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review', 'microsoft-2023-07-14-storm-0558-analysis', 'cisa-fbi-2023-07-12-aa23-193a'],
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
      "Prompted by the customer's report, Microsoft begins looking into the " +
      'unusual mail activity, at first assuming the intruders were using ' +
      'genuine tokens stolen from infected devices. It later treated this ' +
      'as the day it identified the campaign.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-07-14-storm-0558-analysis', 'microsoft-2023-07-11-mitigation'],
    chapter: 'response',
  },
  {
    id: '2023-06-16-bacon-gets-microsoft-warning',
    date: '2023-06-16',
    datePrecision: 'day',
    lane: 'victims',
    title: 'Microsoft emails Rep. Don Bacon to change his password',
    summary:
      'Microsoft emails Rep. Don Bacon (R-Neb.) telling him to change his ' +
      'password, without saying why. He learned what had happened only ' +
      'when the FBI called in August.',
    certainty: 'disputed',
    certaintyNote:
      'The two accounts do not fit. His press secretary told The Messenger ' +
      'and Bloomberg the email came on June 16 and that he took it for a ' +
      'routine warning; the Review Board says it came a month before the ' +
      'FBI’s call of Aug. 14 and looked suspicious to him, so he changed ' +
      'the password without using its link.',
    sourceIds: ['messenger-2023-08-15-bacon', 'bloomberg-2023-08-15-bacon', 'csrb-2024-04-02-review'],
    chapter: 'who',
  },
  {
    id: '2023-06-blinken-travels-to-beijing',
    date: '2023-06-18',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'Blinken holds talks in Beijing',
    summary:
      'Secretary of State Antony Blinken, who left Washington on the evening ' +
      'of June 16, arrives in Beijing for two days of talks. The Review ' +
      'Board found that among the mailboxes read were those of staff ' +
      'supporting the trip.',
    certainty: 'confirmed',
    sourceIds: [
      'thehill-2023-06-18-blinken-arrives-in-china',
      'house-oversight-2023-08-02-letter-to-blinken',
      'csrb-2024-04-02-review',
    ],
    chapter: 'spy-game',
  },
  {
    id: '2023-06-19-state-confirms-six-accounts-read',
    date: '2023-06-19',
    datePrecision: 'day',
    lane: 'victims',
    title: 'State confirms six of its accounts were read',
    summary:
      'After working through the holiday weekend with Microsoft’s help, ' +
      'the department determines that six of its email accounts were ' +
      'accessed, among them those of staff preparing the Secretary’s ' +
      'Beijing trip. The same day Microsoft tells a British organization ' +
      'that it is a victim too.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
    chapter: 'response',
  },
  {
    id: '2023-06-21-access-continues-after-detection',
    date: '2023-06-21',
    datePrecision: 'day',
    lane: 'attacker',
    title: 'The intruders keep reading after they are spotted',
    summary:
      'The alert does not stop them. State later found six more of its ' +
      'accounts were accessed between June 21 and June 24, and one more ' +
      'through a server seized from the intruders; Microsoft’s first ' +
      'reports put the theft of Commerce data on June 21. The same day the ' +
      'FBI’s Washington field office was told of the break-in.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
    chapter: 'response',
  },
  {
    id: '2023-06-23-microsoft-notifies-commerce',
    date: '2023-06-23',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft tells the Commerce Department it was hit',
    summary:
      'A week after State’s report, Microsoft notifies the Commerce ' +
      'Department’s chief information office through a nation-state ' +
      'notification. Commerce had not bought the premium logs, so it could ' +
      'not look back at what the intruders had done.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
    chapter: 'who',
  },
  {
    id: '2023-06-24-stolen-key-invalidated',
    date: '2023-06-24',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'The Review Board’s date for shutting out the key',
    summary:
      'The Review Board says Microsoft invalidated the stolen key on this ' +
      'day and issued a patch over the following days. Microsoft’s own ' +
      'account, which the board cites for the date, has no June 24 step: it ' +
      'dates the first blocks to June 26 and 27.',
    certainty: 'disputed',
    certaintyNote:
      'Microsoft’s July 14, 2023 post dates its containment to June 26, 27 ' +
      'and 29 and July 3, and the board’s own narrative says Microsoft ' +
      'realized only on June 26 that the 2016 key was being used.',
    sourceIds: ['csrb-2024-04-02-review', 'microsoft-2023-07-14-storm-0558-analysis'],
    chapter: 'response',
  },
  {
    id: '2023-06-26-overnight-hunt-finds-key-lost',
    date: '2023-06-26',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft finds the tokens were forged with its 2016 key',
    summary:
      'Microsoft determines that the tokens did not come from its identity ' +
      'system but were forged with the 2016 consumer key, and runs an ' +
      'all-hands investigation overnight into June 27, the Review Board ' +
      'says. The same day, by Microsoft’s own account, Outlook on the web ' +
      'stops renewing tokens through the ' +
      'GetAccessTokenForResource interface, closing the route the intruders ' +
      'used to refresh their access.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review', 'microsoft-2023-07-14-storm-0558-analysis'],
    chapter: 'response',
  },
  {
    id: '2023-06-27-microsoft-blocks-forged-tokens',
    date: '2023-06-27',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft blocks the forged tokens in Outlook on the web',
    summary:
      'Microsoft stops Outlook on the web from accepting tokens signed with ' +
      'the stolen key, which by its account ends the intruders’ reading of ' +
      'enterprise mail, ' +
      'and rates the incident SEV-0, its top urgency. The intruders turned ' +
      'almost at once to phishing.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-07-14-storm-0558-analysis', 'csrb-2024-04-02-review'],
    chapter: 'response',
    key: true,
  },
  {
    id: '2023-06-29-microsoft-replaces-stolen-key',
    formerIds: ['2023-06-compromised-key-leaves-public-list'],
    date: '2023-06-29',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft replaces the stolen key',
    summary:
      'Microsoft finishes replacing the key and revokes every consumer ' +
      'signing key valid at the time, issuing new ones from hardened ' +
      'systems. Wiz, comparing archived copies of the key lists Microsoft ' +
      'publishes, saw the old public key replaced between June 27 and July 5.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-07-14-storm-0558-analysis', 'wiz-2023-07-21-compromised-key'],
    chapter: 'response',
  },
  {
    id: '2023-07-03-microsoft-blocks-key-for-consumer-accounts',
    date: '2023-07-03',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'The block reaches consumer accounts',
    summary:
      'Microsoft blocks the stolen key for every affected consumer customer, ' +
      'so tokens already signed with it stop working. The next day the last ' +
      'servers the intruders used to replay tokens went dark, and Microsoft ' +
      'began notifying affected individuals; it had been telling ' +
      'organizations since about June 19.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-07-14-storm-0558-analysis', 'csrb-2024-04-02-review'],
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
      'espionage group it says is based in China, puts the victims at about ' +
      '25 organizations with related consumer accounts, and says the attack ' +
      'has been mitigated with nothing for customers to do.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-07-11-msrc-mitigates-storm-0558', 'microsoft-2023-07-11-mitigation'],
    chapter: 'response',
    key: true,
    chartLabel: { text: 'Microsoft discloses', rank: 2 },
  },
  {
    id: '2023-07-11-white-house-acknowledges-intrusion',
    date: '2023-07-11',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'The White House says government safeguards caught the breach',
    summary:
      'Overnight, National Security Council spokesperson Adam Hodge tells ' +
      'CNN that U.S. government defenses spotted the intrusion in ' +
      "Microsoft's cloud the month before, that it affected unclassified " +
      'systems, and that officials contacted the company at once.',
    certainty: 'confirmed',
    sourceIds: ['cnn-2023-07-12-china-based-hackers'],
    chapter: 'response',
  },
  {
    id: '2023-07-12-cisa-fbi-advisory',
    date: '2023-07-12',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'CISA and the FBI publish advice on spotting the activity',
    summary:
      'Advisory AA23-193A says a federal agency caught the intruders in ' +
      'mid-June through MailItemsAccessed records and, in a paragraph ' +
      'updated July 14, that unclassified Exchange Online data was taken ' +
      'from a small number of accounts. It ' +
      'urges organizations to enable Purview Audit (Premium), the logging ' +
      'tier that needs G5 or E5 licenses.',
    certainty: 'confirmed',
    sourceIds: ['cisa-fbi-2023-07-12-aa23-193a', 'cisa-2023-07-12-advisory-alert'],
    chapter: 'response',
    key: true,
    chartLabel: { text: 'CISA-FBI advisory', rank: 6 },
  },
  {
    id: '2023-07-12-state-confirms-detection',
    date: '2023-07-12',
    datePrecision: 'day',
    lane: 'victims',
    title: 'State Department says it detected the intrusion',
    summary:
      'Spokesperson Matthew Miller says the department detected anomalous ' +
      'activity the month before, took immediate steps to secure its ' +
      'systems and told Microsoft, but will not discuss the event itself. ' +
      'The department has no reason to doubt Microsoft’s attribution, it ' +
      'says, though it makes none of its own.',
    certainty: 'confirmed',
    sourceIds: ['state-2023-07-12-press-briefing', 'reuters-2023-07-12-no-reason-to-doubt'],
    chapter: 'who',
  },
  {
    id: '2023-07-12-house-accounts-reported-targeted',
    date: '2023-07-12',
    datePrecision: 'day',
    lane: 'victims',
    title: 'House email accounts were targeted too, CNN reports',
    summary:
      'CNN reports that email accounts in the House of Representatives were ' +
      'also targeted, though its sources could not say whose or whether ' +
      'the attempts succeeded. The Review Board later listed the House ' +
      'among the bodies whose accounts were read.',
    certainty: 'confirmed',
    sourceIds: ['cnn-2023-07-12-china-based-hackers', 'csrb-2024-04-02-review'],
    chapter: 'who',
  },
  {
    id: '2023-07-12-raimondo-mailbox-accessed',
    date: '2023-07-12',
    datePrecision: 'day',
    lane: 'victims',
    title: "Commerce Secretary Raimondo's inbox is among those read",
    summary:
      'Commerce says Microsoft notified it of a compromise, and news ' +
      'reports identify Secretary Gina Raimondo as the one Cabinet member ' +
      'whose mail is known to have been read. The Review Board later ' +
      'confirmed her mailbox was accessed.',
    certainty: 'confirmed',
    sourceIds: ['abc-2023-07-raimondo-emails', 'csrb-2024-04-02-review'],
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
      'China denies involvement. Its foreign ministry calls the United ' +
      'States the world’s largest “hacking empire” and says Washington ' +
      'should answer for its own cyberattacks instead of spreading false ' +
      'information, Chinese state media report.',
    certainty: 'confirmed',
    sourceIds: ['globaltimes-2023-07-12-us-urged-to-respond'],
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
      'Blinken brings up the hacking and, according to a senior U.S. ' +
      'official, warns that Washington will take action to hold those ' +
      'responsible accountable.',
    certainty: 'confirmed',
    certaintyNote:
      'Reported by Reuters and Agence France-Presse; neither agency’s own ' +
      'page could be located, so they are cited without links.',
    sourceIds: ['reuters-2023-07-13-blinken-wang-jakarta', 'afp-2023-07-13-blinken-hackers-accountable'],
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
      'key that a validation error in its code let pass for enterprise ' +
      'access, and that a second, design flaw let them trade an issued token ' +
      'for fresh ones. How they got the key is still under investigation; ' +
      'every consumer key in use before the incident has been invalidated.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-07-14-storm-0558-analysis'],
    chapter: 'what',
  },
  {
    id: '2023-07-16-sullivan-says-government-found-the-hack',
    date: '2023-07-16',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'Sullivan: the U.S. government found the hack',
    summary:
      'National security adviser Jake Sullivan tells CNN that “it was ' +
      'actually the U.S. government that discovered the hack,” and that ' +
      'the intruders did not get classified information.',
    certainty: 'confirmed',
    sourceIds: ['thehill-2023-07-16-sullivan-hackers'],
    chapter: 'response',
  },
  {
    id: '2023-07-19-microsoft-expands-free-logging',
    date: '2023-07-19',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft promises premium audit logs at no extra cost',
    summary:
      'Working with CISA, Microsoft says customers on its standard audit ' +
      'tier will get log data once reserved for the paid premium tier, and ' +
      'that their default log retention will double from 90 to 180 days.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-07-19-expanding-cloud-logging', 'cisa-2023-07-19-logging-partnership'],
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
      'victims, in an operation thought, at that early stage, to have taken ' +
      'at least hundreds of thousands of government emails. The Review ' +
      'Board later confirmed both names.',
    certainty: 'confirmed',
    certaintyNote: 'The names are confirmed; the email total was a preliminary press ' + 'estimate.',
    sourceIds: ['wsj-2023-07-20-ambassador-to-china-hacked', 'csrb-2024-04-02-review'],
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
      'valid tokens for every Azure AD app that accepts personal Microsoft ' +
      'accounts, SharePoint, Teams and OneDrive among them, and that ' +
      'customers would struggle to spot such use in their logs.',
    certainty: 'confirmed',
    certaintyNote:
      'This is what the key made possible, not what happened: Microsoft ' +
      'said it saw the forged tokens used only against its Outlook ' +
      'services, and the Review Board, reporting Microsoft’s confidence in ' +
      'that, agreed the key could have been used on other cloud ' +
      'applications had the intruders chosen to. No evidence of such use ' +
      'has been published.',
    sourceIds: [
      'wiz-2023-07-21-compromised-key',
      'microsoft-2023-07-11-msrc-mitigates-storm-0558',
      'csrb-2024-04-02-review',
    ],
    chapter: 'what',
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
    sourceIds: ['wyden-2023-07-27-letter'],
    chapter: 'response',
  },
  {
    id: '2023-08-02-house-oversight-inquiry',
    date: '2023-08-02',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'House Oversight Committee opens an inquiry',
    summary:
      'Chairman James Comer and subcommittee chairs Nancy Mace and Glenn ' +
      'Grothman ask the State and Commerce Departments to brief committee ' +
      'staff by Aug. 9.',
    certainty: 'confirmed',
    sourceIds: ['house-oversight-2023-08-02-probe'],
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
    sourceIds: ['dhs-2023-08-11-csrb-cloud-review'],
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
      'accessed from May 15 to June 16. He says so on X the same day, ' +
      'becoming the first member of Congress publicly named as a victim; ' +
      'The Washington Post first reported it.',
    certainty: 'confirmed',
    sourceIds: [
      'techcrunch-2023-08-15-bacon-emails',
      'therecord-2023-08-15-bacon',
      'messenger-2023-08-15-bacon',
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
      'including libraries that now check a token’s scope automatically. ' +
      'It qualified the account in March 2024.',
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
      'people working on Indo-Pacific diplomacy, an aide to Sen. Eric ' +
      'Schmitt said. The haul included travel itineraries and diplomatic ' +
      'deliberations.',
    certainty: 'reported',
    certaintyNote:
      'This is one Senate aide’s account of the briefing. The State ' +
      'Department confirmed the 60,000 figure on the record the next day, ' +
      'but not the number of accounts; the Review Board counts 13 State ' +
      'accounts read.',
    sourceIds: ['politico-2023-09-27-60000-emails'],
    chapter: 'who',
  },
  {
    id: '2023-09-28-state-confirms-60000-emails',
    date: '2023-09-28',
    datePrecision: 'day',
    lane: 'victims',
    title: 'State confirms about 60,000 emails were taken',
    summary:
      'Spokesperson Matthew Miller says on the record that “approximately ' +
      '60,000 unclassified emails” were taken, that classified systems were ' +
      'not breached, and that the department still has no reason to doubt ' +
      'Microsoft’s attribution, though it has made none of its own.',
    certainty: 'confirmed',
    sourceIds: [
      'state-2023-09-28-press-briefing',
      'bleepingcomputer-2023-09-28-60000-emails',
      'csrb-2024-04-02-review',
    ],
    chapter: 'who',
    key: true,
  },
  {
    id: '2023-10-17-standard-audit-retention-doubles',
    formerIds: ['2023-10-18-microsoft-details-logging-rollout'],
    date: '2023-10-17',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Standard-tier audit records are kept twice as long',
    summary:
      'Audit records that Microsoft’s standard tier creates from this day on ' +
      'are kept for 180 days instead of 90, according to Microsoft’s ' +
      'documentation: the first part of the logging change promised in July ' +
      'to arrive.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-learn-purview-audit-solutions'],
    chapter: 'response',
  },
  {
    id: '2023-11-02-microsoft-launches-secure-future-initiative',
    date: '2023-11-02',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft launches its Secure Future Initiative',
    summary:
      'Microsoft President Brad Smith announces a companywide security ' + 'program, the Secure Future Initiative.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-11-02-secure-future-initiative'],
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
      'on by default and kept for 180 days, and CISA publishes a playbook ' +
      'for using them.',
    certainty: 'confirmed',
    sourceIds: ['cisa-2024-02-21-federal-logging'],
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
      'found a dump that held the key. The Review Board noted that the ' +
      'company had admitted the error to it in November 2023, four months ' +
      'earlier.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-09-06-key-acquisition', 'csrb-2024-04-02-review'],
    chapter: 'what',
  },
  {
    id: '2024-04-02-csrb-report-released',
    date: '2024-04-02',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'Review board calls the intrusion preventable',
    summary:
      'DHS releases the Cyber Safety Review Board’s report, dated March 20. ' +
      'It blames a cascade of avoidable errors at Microsoft, calls the ' +
      'company’s security culture inadequate, counts 22 enterprise ' +
      'organizations and 503 related personal accounts hit, and makes 25 ' +
      'recommendations.',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review', 'dhs-2024-04-02-csrb-report-release'],
    chapter: 'response',
    key: true,
    chartLabel: { text: 'Review Board report', rank: 4 },
  },
  {
    id: '2024-05-03-microsoft-expands-secure-future-initiative',
    date: '2024-05-03',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Microsoft puts security “above all else”',
    summary:
      'A month after the board’s report, Microsoft widens the Secure Future ' +
      'Initiative, and Chief Executive Satya Nadella tells employees to ' +
      'put security ahead of other priorities.',
    certainty: 'confirmed',
    sourceIds: [
      'microsoft-2024-05-03-expanding-secure-future-initiative',
      'microsoft-2024-05-03-security-above-all-else',
    ],
    chapter: 'response',
  },
  {
    id: '2024-05-20-standard-audit-gets-mailitemsaccessed',
    date: '2024-05-20',
    datePrecision: 'day',
    lane: 'microsoft',
    title: 'Standard-tier customers start getting MailItemsAccessed',
    summary:
      'Nineteen more audit events, MailItemsAccessed among them, enter ' +
      'public preview for customers on the standard tier, due to reach ' +
      'their tenants in June 2024: the record that caught the intruders, ' +
      'about ten months after Microsoft’s promise.',
    certainty: 'reported',
    certaintyNote:
      'Microsoft’s own announcement could not be located; this comes from ' +
      'Office 365 for IT Pros, and when the events became generally ' +
      'available has not been established.',
    sourceIds: ['office365itpros-2024-05-23-standard-audit-events'],
    chapter: 'response',
  },
  {
    id: '2024-06-13-brad-smith-testifies-to-house-panel',
    date: '2024-06-13',
    datePrecision: 'day',
    lane: 'us-government',
    title: 'Brad Smith accepts responsibility before a House panel',
    summary:
      'At a House Homeland Security Committee hearing titled “A Cascade of ' +
      'Security Failures,” Microsoft President Brad Smith says the company ' +
      'accepts responsibility for the failings the Review Board found.',
    certainty: 'confirmed',
    sourceIds: ['congress-2024-06-13-cascade-hearing', 'house-homeland-2024-06-17-smith-testimony'],
    chapter: 'response',
  },
  {
    id: '2024-12-storm-0558-listed-as-antique-typhoon',
    formerIds: ['2024-08-storm-0558-renamed-antique-typhoon'],
    date: '2024-12',
    datePrecision: 'month',
    lane: 'microsoft',
    title: 'Microsoft lists Storm-0558 as Antique Typhoon',
    summary:
      'Microsoft’s threat-actor naming references list the group as Antique ' +
      'Typhoon, a name in the family it uses for China-based state actors, ' +
      'in place of the provisional Storm-0558.',
    certainty: 'confirmed',
    certaintyNote:
      'When the name changed is not known exactly. Its earliest dated ' +
      'appearances are a Microsoft documentation page of Dec. 3, 2024 and ' +
      'Microsoft’s naming feed of Dec. 19, 2024; versions from earlier in ' +
      '2024 still say Storm-0558.',
    sourceIds: ['microsoft-mstic-threat-actor-mapping', 'microsoft-learn-threat-actor-naming'],
    chapter: 'who',
  },
] as const satisfies readonly TimelineEvent[];
