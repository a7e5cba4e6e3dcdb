// Written for this project from shared/research/storm-0558-facts.md
// (sections 1, 4, 5 and 7). Day counts follow the fact sheet's method.
import { spyGameOutline } from '../chapter-outline';
import type { ChapterCopy } from '../types';

export const spyGameCopy = {
  ...spyGameOutline,
  dek: 'Storm-0558 was one move in a long contest. How long intruders stay unseen is the number defenders are trying to shrink.',
  parts: [
    {
      heading: 'One move in a long contest',
      paragraphs: [
        'Storm-0558 went after people who manage Washington’s relations with Beijing. U.S. officials said the intrusion came to light at about the time Secretary of State Antony Blinken traveled to Beijing in June 2023, and that the targets’ mail would have covered preparations for the trip.[[washingtonpost-2023-07-13-blinken-wang-yi]]',
        'A month later, on the sidelines of meetings in Jakarta on July 13, Blinken raised the hacking with China’s top diplomat, Wang Yi. A State Department official said he warned that the United States would act to hold those responsible to account.[[firstpost-2023-07-blinken-will-take-action]][[washingtonpost-2023-07-13-blinken-wang-yi]] China rejected the accusation as disinformation, and its foreign ministry spokesperson, Wang Wenbin, called the United States the world’s largest hacker.[[semafor-2023-07-13-china-hackers]][[firstpost-2023-07-blinken-will-take-action]]',
        {
          text: 'Seen from the defenders’ side, the contest is a cycle of breaches and patches: an intruder finds a way in, someone notices, the hole is closed, and the next intruder looks for another door. The chart below sets Storm-0558 beside six other intrusions from that cycle.',
          factual: false,
        },
      ],
    },
    {
      heading: 'How long intruders stay unseen',
      paragraphs: [
        {
          text: 'Defenders measure part of their success in days: how long an intruder is inside before anyone notices. Here that is counted from the earliest documented access to the first detection by a victim or a defender. Where a source gives only the month an intrusion began, the count starts on the first of that month and is marked approximate.',
          factual: false,
        },
        'By that measure Storm-0558 was caught quickly. The forged tokens were first used on May 15, 2023, and the State Department’s alert fired 31 days later.[[microsoft-2023-07-11-mitigation]][[globalrelay-2024-04-csrb-security-culture]] Rep. Don Bacon, whose mail was among the mailboxes read, gave the same figure: the intruders were in his email for 31 days.[[omaha-2023-08-bacon-fbi]]',
        'Other intruders stayed far longer. At the Office of Personnel Management, the hackers probably got in with stolen credentials on May 7, 2014, and OPM noticed unusual traffic on April 15, 2015, 343 days later, according to the official timeline as reported by FCW.[[fcw-2015-08-21-opm-breach-timeline]][[executivegov-2015-08-opm-breach-timeline]] The SolarWinds intruders went unseen for 296 to about 468 days, depending on whether the count starts with the first suspicious activity in September 2019 or with the insertion of malicious code in February 2020.[[solarwinds-2021-01-11-sunburst-findings]][[mandiant-2020-12-sunburst-backdoor]]',
        'Volt Typhoon is the outlier. Microsoft said in May 2023 that it had seen the group active since mid-2021, about 692 days before that disclosure; a U.S. and allied advisory in February 2024 said the group had kept access to some victim networks for at least five years.[[microsoft-2023-05-24-volt-typhoon]][[cisa-2024-02-07-aa24-038a]] At the short end, flaws in Exchange servers were exploited by the group Microsoft calls HAFNIUM for 55 days before Microsoft patched and disclosed them, a window of abuse rather than any one victim’s exposure.[[microsoft-2021-03-02-hafnium]] The Russian group Microsoft calls Midnight Blizzard was inside Microsoft’s own corporate email for roughly 46 days before the company detected it in January 2024, counting from a third-party estimate of when the break-in began in late November 2023.[[microsoft-2024-01-19-sec-form-8-k]][[microsoft-2024-01-25-midnight-blizzard-guidance]]',
        'Salt Typhoon, the intrusion into U.S. telecommunications companies, became public in 2024.[[scworld-2024-salt-typhoon-telcos]] For it there is no honest figure: when the intruders got in has not been established, and no estimate of their time inside has been verified. The chart says so rather than drawing a guess.',
      ],
      interactive: 'dwell-chart',
    },
    {
      heading: 'More than email',
      paragraphs: [
        'Storm-0558 read mail. Other campaigns show what else is at stake. The OPM intruders took background-investigation files on 21.5 million people and personnel records on 4.2 million, along with fingerprints whose count was revised from 1.1 million to 5.6 million.[[fcw-2015-08-21-opm-breach-timeline]][[executivegov-2015-08-opm-breach-timeline]]',
        'Salt Typhoon went after the telephone network: call records in bulk, the calls and texts of a small number of mostly political and government figures, and information about U.S. law-enforcement wiretap requests.[[scworld-2024-salt-typhoon-telcos]] Volt Typhoon, by the accounts of Microsoft and U.S. agencies, was less about taking data than about planting footholds in critical infrastructure, such as communications, energy, transport and water systems, that could be used to disrupt it.[[microsoft-2023-05-24-volt-typhoon]][[cisa-2024-02-07-aa24-038a]]',
        'Even Storm-0558’s reach may have been wider than email. Researchers at Wiz argued that the stolen key could have forged access to any application that accepts personal Microsoft accounts, SharePoint, Teams and OneDrive among them. Microsoft called those scenarios hypothetical, and no evidence of such use has been published.[[wiz-2023-07-21-compromised-key]][[scmagazine-2023-07-microsoft-dismisses-wiz]] After its email break-in at Microsoft, Midnight Blizzard went on to try to reach the company’s source-code repositories and internal systems, Microsoft said.[[microsoft-2024-03-midnight-blizzard-update]]',
      ],
    },
    {
      heading: 'What defenders can do',
      paragraphs: [
        'The State Department’s alert worked because the right records existed and someone was watching them. The CISA and FBI advisory asked organizations to turn on audit logging, make it searchable, learn their normal baseline so that an unfamiliar application stands out, and contact Microsoft when something looks wrong.[[cisa-fbi-2023-07-12-aa23-193a]][[hstoday-2023-07-cisa-fbi-advisory]] Since Microsoft’s 2023 change, customers on its standard tier get more of those records at no extra cost, kept for 180 days by default.[[techtarget-2023-07-free-cloud-logging]][[msspalert-2023-07-cloud-logging]]',
        'The Cyber Safety Review Board aimed its recommendations at vendors as well. It said Microsoft could have prevented the attack with practices other cloud providers use, such as rotating signing keys automatically.[[csrb-2024-04-02-review]][[globalrelay-2024-04-csrb-security-culture]] It asked Microsoft’s leadership to publish a plan for reforming security across the company and to put security ahead of new features, and it called on cloud providers and the government to raise the baseline for identity systems, signing keys, audit logging and telling victims they have been hit.[[csrb-2024-04-02-review]][[scmagazine-2024-04-csrb-deprioritization]][[medianama-2024-04-dhs-criticises-microsoft]]',
        {
          text: 'None of that ends the contest. The number to watch is the one in the chart: the days between an intruder’s first step inside and the first alert.',
          factual: false,
        },
      ],
    },
  ],
} satisfies ChapterCopy;
