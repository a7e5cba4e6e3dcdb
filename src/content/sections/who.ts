// The who chapter: the actor, its victims and the counts that disagree.
// Written for this project from shared/research/storm-0558-facts.md
// (revision 2, sections 1, 2, 6 and 7) and the Review Board's report. Attribution stays as careful as the sources:
// China-based according to Microsoft (moderate confidence), no formal U.S.
// attribution at disclosure, PRC-affiliated per the CSRB, denied by China.
import { whoOutline } from '../chapter-outline';
import type { ChapterCopy } from '../types';

export const whoCopy = {
  ...whoOutline,
  dek: 'A spy group Microsoft calls Storm-0558, a small set of carefully chosen mailboxes, and numbers that do not agree.',
  parts: [
    {
      heading: 'A group with a provisional name',
      paragraphs: [
        'Microsoft calls the intruders Storm-0558. In Microsoft’s naming scheme, a “Storm” number is a provisional label for a cluster of activity the company is still studying, before it treats the group as a fully named actor.[[microsoft-learn-threat-actor-naming]]',
        'The group has since been given a full name. By December 2024, Microsoft’s threat-actor naming references listed Storm-0558 as Antique Typhoon, placing it among the “Typhoon” names Microsoft gives China-based state actors, alongside Volt Typhoon and Salt Typhoon. When exactly the change was made is not known: versions of those references from March and May 2024 still used the old label.[[microsoft-mstic-threat-actor-mapping]][[microsoft-learn-threat-actor-naming]]',
        'In its first public account, on July 11, 2023, Microsoft said the group “is focused on espionage, such as gaining access to email systems for intelligence collection”.[[microsoft-2023-07-11-mitigation]] Its targets, the company says, have mostly been diplomatic, economic and legislative bodies in the United States and Europe and people tied to Taiwan and to Uyghur causes; in the past it has also gone after news organizations, research institutes, and makers and operators of telecommunications networks.[[microsoft-2023-07-14-storm-0558-analysis]]',
        'Its ordinary methods are the familiar ones: harvesting passwords, phishing, and attacks on the OAuth tokens that apps use to sign people in. Microsoft says the group has been interested in OAuth applications and in stealing and replaying tokens since at least August 2021, and describes an operator with disciplined operational security and a detailed knowledge of how its targets log activity and check identities.[[microsoft-2023-07-14-storm-0558-analysis]]',
      ],
      correctionIds: ['antique-typhoon-date'],
    },
    {
      heading: 'How sure is anyone?',
      paragraphs: [
        'Microsoft’s own wording is careful. It assesses with *moderate* confidence that the group is based in China and pursues espionage, and with *high* confidence that it is distinct from the other Chinese groups the company tracks.[[microsoft-2023-07-14-storm-0558-analysis]]',
        'Washington was more guarded still. When the intrusion became public, the U.S. government did not formally name China. State Department spokesperson Matthew Miller said on July 12, 2023 that the department had detected the activity and notified Microsoft, but would not discuss the event itself.[[state-2023-07-12-press-briefing]] The department said it had no reason to doubt Microsoft’s attribution, while making none of its own, and said so again in September.[[reuters-2023-07-12-no-reason-to-doubt]][[state-2023-09-28-press-briefing]]',
        'A fuller government verdict came in April 2024 from the Cyber Safety Review Board, the federal panel that investigated the intrusion. Its report calls the group “assessed to be affiliated with” the People’s Republic of China and bent on espionage, and notes that security companies tie it to the Operation Aurora campaign of 2009 and the 2011 theft of RSA’s SecurID secrets.[[csrb-2024-04-02-review]]',
        'China denies involvement. On July 12, 2023 its foreign ministry called the United States the world’s largest “hacking empire” and said Washington should account for its own cyberattacks rather than spread false information, according to the state-run Global Times.[[globaltimes-2023-07-12-us-urged-to-respond]]',
        {
          text: 'This explainer follows the evidence as it stands: it describes the group as China-based, according to Microsoft, and says so where others have gone further or pushed back.',
          factual: false,
        },
      ],
      correctionIds: ['state-attribution-words'],
    },
    {
      heading: 'The mailboxes it chose',
      paragraphs: [
        'This was not a dragnet. The government’s advisory described unclassified data taken from a small number of accounts, and the Review Board called the number of victims relatively low for the access the intruders had.[[cisa-fbi-2023-07-12-aa23-193a]][[csrb-2024-04-02-review]]',
        'The first victim to notice was the State Department. Its security team saw mailboxes being read by an application it did not normally see in mid-June 2023, on June 15 or 16 by different accounts, and told Microsoft on June 16. It also contacted the Cybersecurity and Infrastructure Security Agency and the FBI.[[csrb-2024-04-02-review]][[house-oversight-2023-08-02-letter-to-blinken]] The [Response chapter](/response/) tells that story.',
        'The scale at State emerged months later. In a closed briefing for Senate staff on Sept. 27, 2023, department IT officials said about 60,000 emails had been taken from 10 accounts, according to an aide to Sen. Eric Schmitt. Nine of the 10 belonged to people working on diplomacy in the Indo-Pacific; the tenth worked on Europe. The aide said the stolen mail included travel itineraries and diplomatic deliberations.[[politico-2023-09-27-60000-emails]] The intruders also got a list of the department’s email accounts, according to the same briefing.[[bleepingcomputer-2023-09-28-60000-emails]] The next day Miller confirmed the email count on the record, “approximately 60,000 unclassified emails,” though not the number of accounts.[[state-2023-09-28-press-briefing]] The Review Board counts more State accounts read than the aide did: six by June 19, six more in the following days and one found later, 13 in all.[[csrb-2024-04-02-review]]',
        'The Commerce Department said on July 12 that Microsoft had told it of a compromise, and news reports that day identified Secretary Gina Raimondo’s mailbox among those read, making her the only Cabinet member known to have been affected.[[abc-2023-07-raimondo-emails]] The Review Board later found the intruders had first reached Commerce data on June 6, and that Microsoft told the department on June 23.[[csrb-2024-04-02-review]]',
        'The timing drew notice. Secretary of State Antony Blinken left Washington for Beijing on the evening of June 16, the day the department reported the intrusion, and held talks there on June 18 and 19.[[house-oversight-2023-08-02-letter-to-blinken]][[thehill-2023-06-18-blinken-arrives-in-china]] The Review Board found that the accounts read included those of staff supporting the trip.[[csrb-2024-04-02-review]]',
        'On July 20, The Wall Street Journal reported that two of the senior diplomats who handle China were among the victims: Nicholas Burns, the U.S. ambassador in Beijing, and Daniel Kritenbrink, the assistant secretary of state for East Asian and Pacific affairs. The Review Board’s report names both.[[wsj-2023-07-20-ambassador-to-china-hacked]][[csrb-2024-04-02-review]]',
        'Congress was in the picture from the start. On July 12, CNN reported that email accounts in the House of Representatives had been targeted too, and Microsoft had sent the House a notification on June 28.[[cnn-2023-07-12-china-based-hackers]][[csrb-2024-04-02-review]] The first member publicly named was Rep. Don Bacon, a Nebraska Republican, who said the FBI told him on Aug. 14 that his personal and campaign email had been hacked from May 15 to June 16. “They were in my emails for 31 days,” he said.[[omaha-2023-08-bacon-fbi]][[techcrunch-2023-08-15-bacon-emails]][[messenger-2023-08-15-bacon]]',
        'Microsoft had in fact emailed Bacon earlier, telling him to change his password without saying why, but the accounts of that email do not fit together. His press secretary said it came on June 16 and that he took it for a routine warning; the Review Board says it came a month before the FBI’s call and looked suspicious to him, so he changed the password without using its link.[[messenger-2023-08-15-bacon]][[bloomberg-2023-08-15-bacon]][[csrb-2024-04-02-review]]',
        'Victims were not only American. By the Review Board’s count, the 22 organizations hit included three think tanks, and those outside the United States included four foreign government bodies, three companies and four educational institutions, several of them in Britain.[[csrb-2024-04-02-review]]',
        {
          text: 'The cards below list every victim named in the sources, with what is known about each, when it became public and where that comes from. Filter them by kind, and open a card for its details.',
          factual: false,
        },
      ],
      interactive: 'victims-grid',
      correctionIds: [
        'detection-date-disputed',
        'cisa-report-date',
        'congress-in-july',
        'blinken-trip',
        'bacon-warning',
        'think-tanks-confirmed',
      ],
    },
    {
      heading: 'Numbers that do not agree',
      paragraphs: [
        'Even the size of the breach is unsettled. When Microsoft disclosed the intrusion on July 11, 2023, it put the number of affected organizations at about 25, including government agencies, as well as consumer accounts linked to them.[[microsoft-2023-07-11-mitigation]]',
        'The Cyber Safety Review Board, reporting after its own inquiry, counted 22 enterprise organizations and 503 related personal accounts, at least 391 of them in the United States; its summary rounds that to more than 500 individuals.[[csrb-2024-04-02-review]] The two organization counts may not measure the same thing, so the gap between 25 and 22 does not mean three victims dropped out.',
        'Counts of the stolen mail differ more, because they measure different things at different stages. On July 20, 2023, The Wall Street Journal reported a preliminary estimate that the operation had taken at least hundreds of thousands of U.S. government emails.[[wsj-2023-07-20-ambassador-to-china-hacked]] The figure of about 60,000 that came out in September covers the State Department alone, and the department confirmed it.[[state-2023-09-28-press-briefing]][[politico-2023-09-27-60000-emails]]',
        {
          text: 'The table sets the counts side by side with who gave each and when, rather than choosing between them.',
          factual: false,
        },
      ],
      interactive: 'numbers-disagree',
      correctionIds: ['state-emails-confirmed', 'personal-accounts-503'],
    },
  ],
} satisfies ChapterCopy;

export const victimsGridCopy = {
  heading: 'Who was hit',
  intro:
    'Every organization and person named in the sources as a victim. Entries marked unconfirmed rest on a report this explainer could not link to.',
  filterLabel: 'Show',
  filters: {
    all: 'All',
    agency: 'Agencies',
    official: 'Officials',
    lawmaker: 'Lawmakers',
    other: 'Others',
  },
  /** {shown} and {total} are filled in. */
  count: 'Showing {shown} of {total}',
  kinds: {
    agency: 'Agency',
    official: 'Official',
    lawmaker: 'Lawmaker',
    other: 'Other',
  },
  certainty: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    disputed: 'Disputed',
    unconfirmed: 'Unconfirmed',
  },
  showDetails: 'Details',
  known: 'What is known',
  public: 'Made public',
  source: 'Source',
  noSource: 'No link:',
  timeline: 'On the timeline',
  /** The graphic embed's compact grid folds the intro, and the cards after the first few. */
  compact: {
    about: 'About this list',
    /** {total} is filled in. */
    showAll: 'Show all {total}',
    showFewer: 'Show fewer',
  },
} as const;

export const numbersCopy = {
  caption: 'How big was the breach? The counts, side by side',
  columns: {
    value: 'Count',
    who: 'Who said so, and when',
  },
  sources: 'Source:',
  certainty: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    disputed: 'Disputed',
  },
  /** The graphic embed's compact table folds each count's scope and source, and the note on what is left out. */
  compact: {
    details: 'Scope and source',
    /** Completes the disclosure's name for screen readers: {value} and {who} are filled in. */
    detailsOf: ', {value} ({who})',
    leftOut: 'Counts left out',
  },
  leftOut:
    'Left out: early counts from officials that could not be checked at their source: three federal agencies (unnamed sources to The Messenger), nine U.S. organizations (a DHS official to The Washington Post) and government accounts “in the single digits” (CISA, as summarized from a TechCrunch report).',
} as const;
