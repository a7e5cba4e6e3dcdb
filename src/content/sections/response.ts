// Written for this project from shared/research/storm-0558-facts.md
// (revision 2, sections 1, 4 and 7), AA23-193A and the Review Board's
// report. Where sources disagree, the text says so.
import { responseOutline } from '../chapter-outline';
import type { ChapterCopy } from '../types';

export const responseCopy = {
  ...responseOutline,
  dek: 'A State Department alert on a log most customers did not have, and a year of reviews that followed.',
  parts: [
    {
      heading: 'An alert on a log most customers lacked',
      paragraphs: [
        'By the middle of June 2023 the intruders had been reading mail for at least a month. The earliest access Microsoft found was on May 15, using forged sign-in tokens to open mailboxes through Outlook on the web and Outlook.com; the Review Board heard it may have begun earlier, because the logs reached back only about 30 days.[[microsoft-2023-07-14-storm-0558-analysis]][[csrb-2024-04-02-review]]',
        'In mid-June, analysts in the State Department’s security operations center saw alerts from a rule the department had written for itself in 2021 and nicknamed “Big Yellow Taxi.” The rule watched audit records called MailItemsAccessed, and it fired because mailboxes were being read by an application the department did not normally see.[[csrb-2024-04-02-review]] The Review Board dates State’s first detection to June 15 and puts the alerts on June 15 in its timeline but on June 16 in its narrative; the House Oversight Committee’s letter to Blinken says the department discovered the intrusion on June 16, and the government’s advisory says only “mid-June.”[[csrb-2024-04-02-review]][[house-oversight-2023-08-02-letter-to-blinken]][[cisa-fbi-2023-07-12-aa23-193a]]',
        'A MailItemsAccessed record is written when items in a mailbox are opened. Microsoft introduced the event in 2019 and 2020 as one of the “crucial” records of its premium audit tier, which came with top-end E5 licenses or an E3 license with a compliance add-on; customers on the standard tier did not get it, and their audit records were kept for 90 days.[[office365itpros-2020-03-06-mailitemsaccessed]][[microsoft-2023-07-19-expanding-cloud-logging]]',
        'The State Department could see the intruders because it had bought government G5 licenses that included the premium tier, which few if any other victims had, the Review Board found. Even with the record, the board heard, few organizations examined it closely, and smaller ones would struggle to. CISA and the FBI said no other record they knew of would have exposed the activity.[[csrb-2024-04-02-review]][[cisa-fbi-2023-07-12-aa23-193a]]',
        {
          text: 'The log below is a reconstruction with invented records, not real data. It follows one mailbox for three days to show what each audit tier recorded, and how a rule like the State Department’s picks out a stranger.',
          factual: false,
        },
      ],
      interactive: 'audit-log',
      correctionIds: ['detection-date-disputed', 'may-15-lower-bound'],
    },
    {
      heading: 'From a customer’s report to a public warning',
      paragraphs: [
        'On Friday, June 16, the department, which the later advisory calls only a federal civilian agency, told Microsoft what it had found. It also contacted CISA, whose staff were already at State hunting for threats, on a date that has not been published, and told the FBI’s Washington field office on June 21.[[csrb-2024-04-02-review]][[microsoft-2023-07-14-storm-0558-analysis]] Microsoft opened an investigation that day, at first assuming the intruders were using genuine tokens stolen from infected devices.[[microsoft-2023-07-14-storm-0558-analysis]] It had not detected the compromise of its own key; it learned of the intrusion from a customer, a point the Review Board would stress.[[csrb-2024-04-02-review]]',
        'By June 19, working through the holiday weekend with Microsoft’s help, State had found six of its accounts read, among them those of staff preparing Secretary Antony Blinken’s trip to Beijing. The intruders did not stop: State later found six more accounts read between June 21 and June 24, and the Review Board found they had access to some mailboxes for at least six weeks in all.[[csrb-2024-04-02-review]]',
        'Microsoft’s post, and what it told the Review Board, date each step it took to shut them out. On [June 26](/timeline/2023-06-26-overnight-hunt-finds-key-lost/) it found that the tokens had been forged with its 2016 consumer key, ran an all-hands investigation overnight, and stopped Outlook on the web from renewing tokens through the flawed interface. On [June 27](/timeline/2023-06-27-microsoft-blocks-forged-tokens/) it blocked tokens signed with the stolen key there, ending, it said, the intruders’ reading of enterprise mail, and they turned almost at once to phishing. On [June 29](/timeline/2023-06-29-microsoft-replaces-stolen-key/) it finished replacing the key, and on July 3 it blocked the key for consumer accounts too. The intruders’ last servers for replaying tokens went dark on July 4.[[microsoft-2023-07-14-storm-0558-analysis]][[csrb-2024-04-02-review]] Wiz, watching the key lists Microsoft publishes, saw the old key replaced between June 27 and July 5.[[wiz-2023-07-21-compromised-key]]',
        'The Review Board tells it differently. It says Microsoft invalidated the stolen key on [June 24](/timeline/2023-06-24-stolen-key-invalidated/), citing Microsoft’s own post, which gives no step on that day, and its narrative elsewhere has Microsoft realizing only on June 26 that the 2016 key was being used.[[csrb-2024-04-02-review]][[microsoft-2023-07-14-storm-0558-analysis]] This explainer follows Microsoft’s dated steps and marks the board’s June 24 as disputed.',
        'Microsoft went public on the evening of Tuesday, July 11, in two posts. It named Storm-0558, a group it described as China-based and focused on espionage, said about 25 organizations had been affected, including government agencies, along with related consumer accounts, and said the attack had been mitigated for every customer, with nothing for customers to do.[[microsoft-2023-07-11-msrc-mitigates-storm-0558]][[microsoft-2023-07-11-mitigation]] The disclosure came 25 days after the State Department’s report.',
        'That night Adam Hodge, a spokesperson for the White House National Security Council, told CNN that government safeguards had identified an intrusion in Microsoft’s cloud the month before, that it touched unclassified systems, and that officials had gone to Microsoft at once.[[cnn-2023-07-12-china-based-hackers]] The next day State Department spokesperson Matthew Miller said that the department had detected the activity and notified Microsoft.[[state-2023-07-12-press-briefing]] On July 16, national security adviser Jake Sullivan put it plainly: “It was actually the U.S. government that discovered the hack.”[[thehill-2023-07-16-sullivan-hackers]]',
      ],
      correctionIds: ['containment-dates', 'cisa-report-date', 'access-after-detection'],
    },
    {
      heading: 'What the government told everyone else',
      paragraphs: [
        'On July 12, CISA and the FBI published joint advisory AA23-193A. It described how an agency had caught the activity in its audit logs in mid-June, said in a paragraph updated July 14 that hackers had taken unclassified Exchange Online data from a small number of accounts, and said the two agencies knew of no other logs that would have revealed it.[[cisa-fbi-2023-07-12-aa23-193a]][[cisa-2023-07-12-advisory-alert]]',
        'Its advice went beyond switching audit logging on. It urged organizations to enable Purview Audit (Premium), the tier that “requires licensing at the G5/E5 level,” to make the logs searchable by the people who hunt for threats, to check that Microsoft 365’s unified audit log is on, and to learn what normal activity in their cloud looks like. It pointed to CISA’s secure configuration baselines for cloud services, known as SCuBA, and to a federal rule that audit logs be kept for a year in active storage and 18 months more in cold storage, and it asked anyone who found something suspicious to contact Microsoft and report it to CISA or the FBI.[[cisa-fbi-2023-07-12-aa23-193a]]',
        {
          text: 'The checklist below turns those recommendations into steps an organization can work through. Each step links to its source.',
          factual: false,
        },
      ],
      interactive: 'advisory-checklist',
      correctionIds: ['premium-logging'],
    },
    {
      heading: 'Logs for everyone, eventually',
      paragraphs: [
        'The advisory exposed an awkward fact: the record that caught the intruders was sold as an extra. Commerce, which had not had the premium logs, could not look back at what the intruders had done there, because the logging Microsoft switched on for it recorded only from then on.[[csrb-2024-04-02-review]] The Review Board later recommended that cloud providers stop charging extra for the logs customers need to investigate an intrusion.[[csrb-2024-04-02-review]]',
        'On July 19, working with CISA, Microsoft said it would give customers on its standard tier log data that had been reserved for premium customers, at no extra cost, and would double their default retention from 90 to 180 days.[[microsoft-2023-07-19-expanding-cloud-logging]][[cisa-2023-07-19-logging-partnership]]',
        'The change came in stages. Standard-tier audit records created from Oct. 17, 2023 were kept for 180 days.[[microsoft-learn-purview-audit-solutions]] On Feb. 21, 2024, after a six-month pilot, Microsoft opened the expanded logs to every federal agency on Purview Audit whatever its license, switched on by default and kept for 180 days, and CISA published a playbook for using them.[[cisa-2024-02-21-federal-logging]] MailItemsAccessed itself came to standard-tier customers last: it entered public preview for them in May 2024, due in their tenants that June.[[office365itpros-2024-05-23-standard-audit-events]]',
      ],
      correctionIds: ['logging-rollout'],
    },
    {
      heading: 'The reviews, and a corrected account',
      paragraphs: [
        'Pressure built through the summer. On July 27, Sen. Ron Wyden wrote to Attorney General Merrick Garland, FTC Chair Lina Khan and CISA Director Jen Easterly, asking them to hold Microsoft responsible for what he called “negligent cybersecurity practices” and asking that the Cyber Safety Review Board take up the case.[[wyden-2023-07-27-letter]] On Aug. 2 the chairman of the House Oversight Committee, James Comer, and two subcommittee chairs asked the State and Commerce departments for staff briefings.[[house-oversight-2023-08-02-probe]] On Aug. 11, Homeland Security Secretary Alejandro Mayorkas said the board’s next review would examine the intrusion and, more broadly, cloud identity and authentication.[[dhs-2023-08-11-csrb-cloud-review]]',
        'In September, Microsoft set out how it believed the key had been stolen: a consumer signing system crashed in April 2021, the resulting crash dump contained the key, the dump was later moved to a debugging environment connected to the internet, and the intruders reached it through a compromised engineer’s account.[[microsoft-2023-09-06-key-acquisition]] On March 12, 2024, Microsoft added a correction. It had never found a crash dump containing the key. Its leading theory was still that key material escaped through operational errors and was taken from a debugging environment through a compromised engineering account.[[microsoft-2023-09-06-key-acquisition]] It had told the Review Board in November 2023 that the September account was inaccurate.[[csrb-2024-04-02-review]]',
        'The board’s report, released by the Department of Homeland Security on April 2, 2024 and dated March 20, was blunt. It called the intrusion “preventable and should never have occurred,” said Microsoft’s security culture “was inadequate and requires an overhaul,” and blamed “the cascade of Microsoft’s avoidable errors.” Among its reasons: the company had not detected the theft of its own signing key, relying on a customer to notice, and it had left its crash-dump account uncorrected for months.[[csrb-2024-04-02-review]][[dhs-2024-04-02-csrb-report-release]] It counted 22 enterprise organizations and 503 related personal accounts affected, and made 25 recommendations.[[csrb-2024-04-02-review]] It also found that some victims had taken Microsoft’s warnings for spam, which led the FBI to contact every identified account owner itself, working with its field offices, the Justice Department, CISA, State and Commerce.[[csrb-2024-04-02-review]]',
        'On June 13, 2024, Microsoft President Brad Smith told the House Homeland Security Committee that the company accepted responsibility for the failings the board had described.[[congress-2024-06-13-cascade-hearing]][[house-homeland-2024-06-17-smith-testimony]]',
      ],
      correctionIds: ['personal-accounts-503'],
    },
    {
      heading: 'Microsoft’s pledge',
      paragraphs: [
        'Microsoft had already announced a companywide security effort, the Secure Future Initiative, on Nov. 2, 2023.[[microsoft-2023-11-02-secure-future-initiative]]',
        'On May 3, 2024, a month after the board’s report, Microsoft widened the initiative. Chief Executive Satya Nadella told employees to put security above all else, and the company set out principles of security by design, by default and in operations.[[microsoft-2024-05-03-security-above-all-else]][[microsoft-2024-05-03-expanding-secure-future-initiative]]',
        'The record so far is narrower than the promises. In 2023 the evidence that caught the intruders sat in a log most customers did not have, and the vendor learned of the intrusion from one of its customers; the same log was due to reach Microsoft’s standard-tier customers some 11 months after the breach became public.[[csrb-2024-04-02-review]][[office365itpros-2024-05-23-standard-audit-events]]',
      ],
    },
  ],
} satisfies ChapterCopy;
