// Written for this project from shared/research/storm-0558-facts.md
// (revision 2, sections 1, 4, 5 and 7). Day counts follow the fact sheet's
// method: first documented access to first detection by anyone.
import { spyGameOutline } from '../chapter-outline';
import type { ChapterCopy } from '../types';

export const spyGameCopy = {
  ...spyGameOutline,
  dek: 'Storm-0558 was one move in a long contest. How long intruders stay unseen is the number defenders are trying to shrink.',
  parts: [
    {
      heading: 'One move in a long contest',
      paragraphs: [
        'Storm-0558 went after people who manage Washington’s relations with Beijing, the Review Board found, and its timing, the board said, points to a possible part of the motive. Secretary of State Antony Blinken left for Beijing on the evening of June 16, 2023, the day the State Department reported the intrusion, and held talks there on June 18 and 19; among the mailboxes read were those of staff supporting the trip.[[csrb-2024-04-02-review]][[house-oversight-2023-08-02-letter-to-blinken]][[thehill-2023-06-18-blinken-arrives-in-china]]',
        'A month later, on the sidelines of meetings in Jakarta on July 13, Blinken raised the hacking with China’s top diplomat, Wang Yi. A senior U.S. official said he warned that Washington would take action to hold those responsible accountable.[[reuters-2023-07-13-blinken-wang-jakarta]][[afp-2023-07-13-blinken-hackers-accountable]] China denied any part in it; its foreign ministry called the United States the world’s largest “hacking empire.”[[globaltimes-2023-07-12-us-urged-to-respond]]',
        {
          text: 'Seen from the defenders’ side, the contest is a cycle of breaches and patches: an intruder finds a way in, someone notices, the hole is closed, and the next intruder looks for another door. The chart below sets Storm-0558 beside six other intrusions from that cycle.',
          factual: false,
        },
      ],
      correctionIds: ['blinken-trip'],
    },
    {
      heading: 'How long intruders stay unseen',
      paragraphs: [
        {
          text: 'Defenders measure part of their success in days: how long an intruder is inside before anyone notices. Here every intrusion is counted the same way, from the first documented unauthorized access to the first detection by anyone, whether the victim, the vendor or an outside defender, and each row names both events. Where a source gives only the month, the count runs from its first and its last day and is marked approximate. Where the only figure on record measures something else, the row says so and draws no bar.',
          factual: false,
        },
        'By that measure Storm-0558 was caught quickly, though not as quickly as it looks. The earliest access in the surviving logs was on May 15, 2023, and the State Department detected the intrusion on June 15 or 16, depending on the account: 31 or 32 days, and both are minimums, because the logs reached back only about 30 days.[[microsoft-2023-07-14-storm-0558-analysis]][[csrb-2024-04-02-review]] Nor did detection end it: the intruders read enterprise mail until Microsoft blocked their tokens on June 27, by Microsoft’s account, and consumer accounts were blocked only on July 3; the Review Board gives June 24 for shutting the key out.[[microsoft-2023-07-14-storm-0558-analysis]][[csrb-2024-04-02-review]] Rep. Don Bacon, whose mailbox was among those read, put it at 31 days in his own case.[[omaha-2023-08-bacon-fbi]]',
        'Other intruders stayed far longer. At the Office of Personnel Management, the hackers probably got in with stolen credentials on May 7, 2014, and OPM noticed unusual traffic on April 15, 2015, 343 days later, according to the official timeline as reported by FCW.[[fcw-2015-08-21-opm-breach-timeline]] In the SolarWinds operation, the intruders first got into the company on Sept. 4, 2019, by its own timeline, and in late June 2020 the security firm Volexity traced intruders at a think tank it was defending to the tainted SolarWinds software, about 290 to 300 days later, without yet knowing what it had found.[[solarwinds-2021-01-11-sunburst-findings]][[wired-2023-05-02-solarwinds-untold-story]] The longer figures often quoted run to December 2020, when FireEye disclosed its own breach and SolarWinds was told, which are notifications rather than the first detection.[[zdnet-2020-12-08-fireeye-breach]][[solarwinds-2021-01-11-sunburst-findings]]',
        'The Russian group Microsoft calls Midnight Blizzard got into Microsoft’s own corporate email in late November 2023 and was detected on Jan. 12, 2024: about 43 to 53 days, since Microsoft said only “late November” for the start.[[microsoft-2024-01-19-sec-form-8-k]]',
        'Three rows cannot be counted this way. The Exchange server flaws that the group Microsoft calls HAFNIUM exploited were caught by Volexity within weeks of the first attack, on a day that has not been published; the 55 days often quoted run from that attack to Microsoft’s patch.[[volexity-2021-03-02-exchange-zero-days]][[microsoft-2021-03-02-hafnium]] Volt Typhoon kept access to some networks for at least five years, according to a U.S. and allied advisory, and Microsoft dated the activity it saw to mid-2021, but when anyone first detected the group is not public.[[cisa-2024-02-07-aa24-038a]][[microsoft-2023-05-24-volt-typhoon]] For Salt Typhoon, the intrusion into U.S. telecommunications companies, neither end is known.[[fbi-cisa-2024-11-13-prc-telecom-statement]] The chart says so rather than drawing a guess.',
      ],
      interactive: 'dwell-chart',
      correctionIds: ['dwell-measures', 'may-15-lower-bound', 'detection-date-disputed'],
    },
    {
      heading: 'More than email',
      paragraphs: [
        'Storm-0558 read mail. Other campaigns show what else is at stake. The OPM intruders took background-investigation files on 21.5 million people, about 5.6 million of them with fingerprints, and personnel records on 4.2 million, by OPM’s count.[[opm-2015-cybersecurity-incidents]]',
        'Salt Typhoon went after the telephone network: customer call records, the private communications of a limited number of people mostly in government or politics, and information subject to U.S. law-enforcement requests under court order, the FBI and CISA said.[[fbi-cisa-2024-11-13-prc-telecom-statement]] Volt Typhoon, by the accounts of Microsoft and U.S. agencies, was less about taking data than about planting footholds in critical infrastructure, such as communications, energy, transport and water systems, that could be used to disrupt it.[[microsoft-2023-05-24-volt-typhoon]][[cisa-2024-02-07-aa24-038a]]',
        'Even Storm-0558’s reach may have been wider than email. Researchers at Wiz argued that the stolen key could have forged access to any Azure Active Directory application that accepts personal Microsoft accounts, SharePoint, Teams and OneDrive among them, and the Review Board agreed the key could have been used on other cloud applications had the intruders chosen to; no evidence of such use has been published.[[wiz-2023-07-21-compromised-key]][[csrb-2024-04-02-review]] After its break-in at Microsoft, Midnight Blizzard used what it had taken to get into some of the company’s source-code repositories and internal systems, Microsoft said.[[microsoft-2024-03-midnight-blizzard-update]]',
      ],
    },
    {
      heading: 'What defenders can do',
      paragraphs: [
        'The State Department’s alert worked because the right records existed and someone was watching them. The CISA and FBI advisory asked organizations to turn on the premium audit tier that records mail access, make the logs searchable, learn their normal baseline so that an unfamiliar application stands out, and contact Microsoft when something looks wrong.[[cisa-fbi-2023-07-12-aa23-193a]] Since then Microsoft has extended the standard tier: records created from Oct. 17, 2023 are kept for 180 days, and MailItemsAccessed began reaching standard-tier customers in mid-2024.[[microsoft-learn-purview-audit-solutions]][[office365itpros-2024-05-23-standard-audit-events]]',
        'The Cyber Safety Review Board aimed its recommendations at vendors as well. Had Microsoft kept rotating its signing keys, or set an alert for old ones, it found, the stolen key would not have worked in 2023.[[csrb-2024-04-02-review]] It asked Microsoft’s chief executive and board to publish a plan with timelines for security reforms, to consider putting new features aside “until substantial security improvements have been made,” and it called on cloud providers to treat security logging as part of the basic service, without extra charge, and to find a way of telling victims they have been hit that will not be mistaken for phishing.[[csrb-2024-04-02-review]]',
        {
          text: 'None of that ends the contest. The number to watch is the one in the chart: the days between an intruder’s first step inside and the first alert.',
          factual: false,
        },
      ],
      correctionIds: ['logging-rollout'],
    },
  ],
} satisfies ChapterCopy;
