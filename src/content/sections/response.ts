// Written for this project from shared/research/storm-0558-facts.md
// (sections 1, 4 and 7). Where sources disagree, the text says so.
import { responseOutline } from '../chapter-outline';
import type { ChapterCopy } from '../types';

export const responseCopy = {
  ...responseOutline,
  dek: 'A State Department alert on a log most customers did not have, and a year of reviews that followed.',
  parts: [
    {
      heading: 'An alert on a log most customers lacked',
      paragraphs: [
        'By the middle of June 2023 the intruders had been reading mail for a month. Microsoft says they started on May 15, using forged sign-in tokens to open mailboxes through Outlook on the web and Outlook.com.[[microsoft-2023-07-11-mitigation]]',
        'On June 15, analysts in the State Department’s security operations center received alerts from a rule the department had written for itself and nicknamed “Big Yellow Taxi.” The rule watched audit records called MailItemsAccessed, and it fired because mailboxes were being read by an application the department did not normally see, according to the Cyber Safety Review Board.[[csrb-2024-04-02-review]][[globalrelay-2024-04-csrb-security-culture]] The government’s later advisory describes the same detection but dates it only to June 2023.[[cisa-fbi-2023-07-12-aa23-193a]]',
        'A MailItemsAccessed record is written when items in a mailbox are opened. Microsoft introduced the event in 2019 and 2020 as one of the “crucial” records of its premium audit tier, which came with top-end E5 licenses; customers on the standard tier did not get it, and their audit records were kept for 90 days.[[office365itpros-2020-03-06-mailitemsaccessed]][[techtarget-2023-07-free-cloud-logging]]',
        'The State Department could see the intruders because it paid for the higher tier. CISA and the FBI later said they knew of no other audit logs or events that would have revealed the activity.[[techtarget-2023-07-free-cloud-logging]][[cisa-fbi-2023-07-12-aa23-193a]]',
        {
          text: 'The log below is a reconstruction with invented records, not real data. It follows one mailbox for three days to show what each audit tier recorded, and how a rule like the State Department’s picks out a stranger.',
          factual: false,
        },
      ],
      interactive: 'audit-log',
    },
    {
      heading: 'From a customer’s report to a public warning',
      paragraphs: [
        'On June 16 the department, which the later advisory calls only a federal civilian agency, reported what it had found to Microsoft and to CISA.[[cisa-fbi-2023-07-12-aa23-193a]][[hstoday-2023-07-cisa-fbi-advisory]] Microsoft opened an investigation that day, and later dated its own identification of the campaign to it.[[microsoft-2023-07-11-mitigation]][[microsoft-2023-07-14-storm-0558-analysis]] Microsoft had not detected the compromise of its own key; it learned of the intrusion from a customer, a point the Review Board would stress.[[csrb-2024-04-02-review]][[medianama-2024-04-dhs-criticises-microsoft]]',
        'When Microsoft shut the stolen key out is disputed. Global Relay’s summary of the Review Board’s report says the key was invalidated on [June 24](/timeline/2023-06-24-stolen-key-invalidated/).[[globalrelay-2024-04-csrb-security-culture]] The Telegraph, also drawing on the board’s report, said the overnight, companywide hunt that established the key had been lost began on [June 26](/timeline/2023-06-26-overnight-hunt-finds-key-lost/), about ten days after the State Department’s report.[[csrb-2024-04-02-review]] Microsoft’s own posts give no date, and Wiz saw the key drop off Microsoft’s published key lists somewhere between late June and early July.[[wiz-2023-07-21-compromised-key]] This explainer shows both dates and marks each as disputed.',
        'Microsoft went public on the evening of Tuesday, July 11, in two posts. It named Storm-0558, a group it described as China-based and focused on espionage, said about 25 organizations had been affected, including government agencies and personal accounts linked to them, and said the attack had been mitigated for every customer, with nothing for customers to do.[[microsoft-2023-07-11-mitigation]][[computerweekly-2023-07-microsoft-warning]] Microsoft has described its confidence that the group is based in China as moderate.[[microsoft-2023-07-14-storm-0558-analysis]] The disclosure came 25 days after the State Department’s report.',
        'That night a spokesperson for the White House National Security Council, Adam Hodge, said government safeguards had identified an intrusion in Microsoft’s cloud the month before, that it touched unclassified systems, and that officials had gone to Microsoft at once.[[semafor-2023-07-13-china-hackers]] The next day State Department spokesperson Matthew Miller confirmed that the department had found the breach, but would not say who was behind it.[[abc-2023-07-raimondo-emails]]',
      ],
    },
    {
      heading: 'What the government told everyone else',
      paragraphs: [
        'On the morning of July 12, CISA and the FBI published joint advisory AA23-193A. It described how an agency had caught the activity in its audit logs, said hackers had taken unclassified Exchange Online data from a small number of accounts, and said the two agencies knew of no other logs that would have revealed it.[[cisa-fbi-2023-07-12-aa23-193a]][[executivegov-2023-07-cisa-fbi-advisory]]',
        'Its advice was practical: switch on Microsoft Purview audit logging and the unified audit log, make the logs searchable by the people who hunt for threats, learn what normal activity in the organization’s cloud looks like, and ask Microsoft for help when something looks wrong. It also pointed organizations to CISA’s secure configuration baselines for cloud services, known as SCuBA.[[cisa-fbi-2023-07-12-aa23-193a]][[hstoday-2023-07-cisa-fbi-advisory]]',
        {
          text: 'The checklist below turns those recommendations into steps an organization can work through. Each step links to its source.',
          factual: false,
        },
      ],
      interactive: 'advisory-checklist',
    },
    {
      heading: 'Logs for everyone, eventually',
      paragraphs: [
        'The advisory exposed an awkward fact: the record that caught the intruders was sold as an extra. Critics, Sen. Ron Wyden among them, faulted Microsoft for charging more for the logs needed to spot such an attack.[[techtarget-2023-07-free-cloud-logging]]',
        'On July 19, working with CISA, Microsoft said that over the coming months it would give customers on its standard tier log data that had been reserved for premium customers, at no extra cost, and would double their default retention from 90 to 180 days.[[techtarget-2023-07-free-cloud-logging]][[msspalert-2023-07-cloud-logging]]',
        'The change came in stages. Longer retention began for standard customers in October 2023, and the additional mail-access and other events were to reach them in phases from December.[[borncity-2023-10-24-purview-logging]] On Feb. 21, 2024, after a six-month pilot, Microsoft opened the expanded logs to every federal agency on Purview Audit whatever its license, switched on by default and kept for 180 days. CISA welcomed the move.[[helpnetsecurity-2024-02-22-expanded-logging]]',
      ],
    },
    {
      heading: 'The reviews, and a corrected account',
      paragraphs: [
        'Pressure built through the summer. On July 27, Wyden wrote to Attorney General Merrick Garland, FTC Chair Lina Khan and CISA Director Jen Easterly, asking them to hold Microsoft responsible for what he called “negligent cybersecurity practices” and asking that the Cyber Safety Review Board take up the case.[[wyden-2023-07-27-letter]][[axios-2023-07-28-wyden-probe]] On Aug. 2 the House Oversight Committee asked the State and Commerce departments for staff briefings, Reuters reported.[[firstpost-2023-08-house-panel-probe]] On Aug. 11, Homeland Security Secretary Alejandro Mayorkas said the board’s next review would examine the intrusion and, more broadly, cloud identity and authentication.[[csrb-2024-04-02-review]]',
        'In September, Microsoft set out how it believed the key had been stolen: a consumer signing system crashed in April 2021, the resulting crash dump contained the key, the dump was later moved to a debugging environment connected to the internet, and the intruders reached it through a compromised engineer’s account.[[microsoft-2023-09-06-key-acquisition]] On March 12, 2024, Microsoft added a correction. It had never found a crash dump containing the key. Its leading theory was still that key material escaped through operational errors and was taken from a debugging environment through a compromised engineering account.[[microsoft-2023-09-06-key-acquisition]]',
        'The board’s report, released by the Department of Homeland Security on April 2, 2024, was blunt. It called the intrusion “preventable and should never have occurred,” said Microsoft’s security culture “was inadequate and requires an overhaul,” and traced the breach to a series of avoidable errors at the company.[[csrb-2024-04-02-review]][[cisa-2024-04-02-csrb-report-release]][[scmagazine-2024-04-csrb-deprioritization]] It faulted Microsoft for leaving its crash-dump account uncorrected for months.[[csrb-2024-04-02-review]][[thestack-2024-04-csrb-key-theft]] It counted 22 organizations and more than 500 people affected; Microsoft had said about 25 organizations.[[csrb-2024-04-02-review]][[medianama-2024-04-dhs-criticises-microsoft]]',
        'On June 13, 2024, Microsoft President Brad Smith told the House Homeland Security Committee that the company accepted responsibility for the intrusion.[[house-homeland-2024-06-17-smith-testimony]]',
      ],
    },
    {
      heading: 'Microsoft’s pledge',
      paragraphs: [
        'Microsoft had already announced a companywide security effort, the Secure Future Initiative, in November 2023. It rested on three pillars: defenses built on artificial intelligence, advances in software engineering, and stronger international norms against attacks on civilians.[[microsoft-2023-11-02-secure-future-initiative]]',
        'In May 2024, a month after the board’s report, Microsoft widened the initiative. Chief Executive Satya Nadella told employees to put security above all else, set out principles of security by design, by default and in operations, and said part of senior leaders’ pay would depend on progress toward security milestones.[[microsoft-2024-05-03-security-above-all-else]]',
        'The record so far is narrower than the promises. In 2023 the evidence that caught the intruders sat in a log most customers did not have, and the vendor learned of the intrusion from one of its customers.[[techtarget-2023-07-free-cloud-logging]][[csrb-2024-04-02-review]]',
      ],
    },
  ],
} satisfies ChapterCopy;
