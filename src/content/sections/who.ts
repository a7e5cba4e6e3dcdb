// The who chapter: the actor, its victims and the counts that disagree.
// Written for this project from shared/research/storm-0558-facts.md
// (sections 1, 2, 6 and 7). Attribution stays as careful as the sources:
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
        'Microsoft calls the intruders Storm-0558. The “Storm” prefix is the label the company gives a cluster of activity it is still studying, before it is ready to treat the group as a fully named actor.[[microsoft-2023-07-14-storm-0558-analysis]]',
        'That step came in August 2024. In a note added to its original analysis, Microsoft said it now tracks the group as Antique Typhoon, putting it in the same “Typhoon” family of names as other China-linked groups such as Volt Typhoon and Salt Typhoon.[[microsoft-2023-07-14-storm-0558-analysis]]',
        'In its first public account, on July 11, 2023, Microsoft described an adversary that “is focused on espionage, such as gaining access to email systems.”[[microsoft-2023-07-11-mitigation]] The company says the group’s usual targets are diplomatic, economic and legislative bodies in the United States and Europe, people connected to Taiwan and Uyghur issues, media companies, think tanks, and telecommunications equipment and service providers.[[microsoft-2023-07-14-storm-0558-analysis]]',
        'Its ordinary methods are the familiar ones: harvesting passwords, phishing, and attacks on the OAuth tokens that apps use to sign people in. Microsoft says the group has been interested in OAuth applications and in stealing and replaying tokens since at least August 2021, and describes an operator with disciplined operational security and a detailed knowledge of how its targets log activity and check identities.[[microsoft-2023-07-14-storm-0558-analysis]]',
      ],
    },
    {
      heading: 'How sure is anyone?',
      paragraphs: [
        'Microsoft’s own wording is careful. It assesses with *moderate* confidence that the group is based in China and pursues espionage, and with *high* confidence that it is distinct from the other Chinese groups the company tracks.[[microsoft-2023-07-14-storm-0558-analysis]][[microsoft-2023-07-11-mitigation]]',
        'Washington was more guarded still. When the intrusion became public, the U.S. government did not formally name China. State Department spokesperson Matthew Miller confirmed that the department had detected the breach but would not say who was behind it, adding only that it had no evidence contradicting Microsoft’s attribution.[[abc-2023-07-raimondo-emails]]',
        'A fuller government verdict came in April 2024 from the Cyber Safety Review Board, the federal panel that investigated the intrusion. Its report described the group as affiliated with the People’s Republic of China.[[csrb-2024-04-02-review]][[medianama-2024-04-dhs-criticises-microsoft]]',
        'China denies involvement. On July 12, 2023, its foreign ministry dismissed the accusations as disinformation, and spokesperson Wang Wenbin called the United States the world’s biggest hacker.[[semafor-2023-07-13-china-hackers]][[firstpost-2023-07-blinken-will-take-action]]',
        {
          text: 'This explainer follows the evidence as it stands: it describes the group as China-based, according to Microsoft, and says so where others have gone further or pushed back.',
          factual: false,
        },
      ],
    },
    {
      heading: 'The mailboxes it chose',
      paragraphs: [
        'This was not a dragnet. The government’s advisory described unclassified data taken from a small number of accounts.[[cisa-fbi-2023-07-12-aa23-193a]]',
        'The first known victim was also the one that caught it. The State Department’s security team was alerted on June 15, 2023 to mailboxes being read by an application it did not normally see, and reported the activity to Microsoft and to the Cybersecurity and Infrastructure Security Agency the next day.[[csrb-2024-04-02-review]][[cisa-fbi-2023-07-12-aa23-193a]] The [Response chapter](/response/) tells that story.',
        'The scale at State emerged months later. In a closed briefing for Senate staff on Sept. 27, 2023, department IT officials said about 60,000 emails had been taken from 10 accounts, according to an aide to Sen. Eric Schmitt. Nine of the 10 belonged to people working on East Asia and the Pacific; the tenth worked on Europe. The aide said the stolen mail included travel itineraries and diplomatic deliberations, and that the intruders had also obtained a list of every email address in the department.[[politico-2023-09-27-60000-emails]][[cna-2023-09-state-60000-emails]]',
        'The Commerce Department confirmed on July 12 that Microsoft had told it of a compromise. News reports that day identified Secretary Gina Raimondo’s mailbox among those read, making her the only Cabinet member known to have been affected. Officials said Secretary of State Antony Blinken’s own account was not breached.[[abc-2023-07-raimondo-emails]]',
        'The timing drew notice. The intrusion came to light around Blinken’s mid-June visit to Beijing, and U.S. officials said the targeted inboxes would have held planning for that trip.[[washingtonpost-2023-07-13-blinken-wang-yi]]',
        'On July 20, The Wall Street Journal reported that two of the senior diplomats who handle China were also among the victims: Nicholas Burns, the U.S. ambassador in Beijing, and Daniel Kritenbrink, the assistant secretary of state for East Asian and Pacific affairs.[[thetimes-2023-07-us-officials-emails]]',
        'Congress learned it had been hit in August. Rep. Don Bacon, a Nebraska Republican, said the FBI told him on Aug. 14 that his personal and campaign email had been read from May 15 to June 16. “They were in my emails for 31 days,” he said. He was the first member of Congress publicly named as a victim.[[omaha-2023-08-bacon-fbi]][[techcrunch-2023-08-15-bacon-emails]]',
        'Bacon had in fact received a warning from Microsoft on June 16 that his account might have been targeted, with advice to change his password. He took it for a routine notice, according to his press secretary.[[omaha-2023-08-bacon-fbi]]',
        {
          text: 'The cards below list every victim named in the sources, with what is known about each, when it became public and where that comes from. Filter them by kind, and open a card for its details.',
          factual: false,
        },
      ],
      interactive: 'victims-grid',
    },
    {
      heading: 'Numbers that do not agree',
      paragraphs: [
        'Even the size of the breach is unsettled. When Microsoft disclosed the intrusion on July 11, 2023, it put the number of affected organizations at about 25, counting government agencies together with personal accounts linked to them.[[microsoft-2023-07-11-mitigation]]',
        'The Cyber Safety Review Board, reporting in April 2024 after its own inquiry, counted 22 organizations and more than 500 individuals. The House Homeland Security Committee used the same figures when Microsoft’s president, Brad Smith, testified in June 2024.[[csrb-2024-04-02-review]][[house-homeland-2024-06-17-smith-testimony]]',
        'Counts of the stolen mail differ more, because they measure different things at different stages. On July 20, 2023, The Wall Street Journal reported a preliminary estimate that the intruders may have taken hundreds of thousands of U.S. government emails in all.[[thetimes-2023-07-us-officials-emails]] The figure of about 60,000 that came out in September covers the State Department alone, and it is second-hand, from a Senate aide’s account of a briefing.[[politico-2023-09-27-60000-emails]]',
        {
          text: 'The table sets the counts side by side with who gave each and when, rather than choosing between them.',
          factual: false,
        },
      ],
      interactive: 'numbers-disagree',
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
  leftOut:
    'Left out: other early counts from unnamed officials (three federal agencies; nine U.S. organizations; a “single-digit” number of government accounts), which could not be traced to a source this explainer can cite.',
} as const;
