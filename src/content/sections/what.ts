// The what chapter: how a consumer signing key opened government mail.
// Written for this project from shared/research/storm-0558-facts.md
// (revision 2, sections 1, 3 and 7), Microsoft's July 14, 2023 post and the
// Review Board's report. The theft is unexplained: the crash-dump account
// is Microsoft's leading hypothesis, qualified in March 2024 (no dump with
// the key was found).
// Wiz's wider-reach argument and Microsoft's reply are a dispute, not a fact.
import { whatOutline } from '../chapter-outline';
import type { ChapterCopy } from '../types';

export const whatCopy = {
  ...whatOutline,
  dek: 'A consumer signing key from 2016, two flaws in how Microsoft checked tokens, and passes forged on the intruders’ own machines.',
  parts: [
    {
      heading: 'Keys, tokens and two checks that failed',
      paragraphs: [
        {
          text: 'Two ideas explain most of this story: a token and a signing key.',
          factual: false,
        },
        {
          text: 'When you sign in to an online service such as Outlook, you prove who you are once. The sign-in system then hands your browser a *token*, a small digital pass that says, in effect, “the holder is this person and may read this mailbox.” Each time the browser fetches mail, it shows the pass instead of asking for the password again.',
          factual: false,
        },
        'A pass is only as good as the stamp on it. Microsoft signs each token with a secret *signing key*, and its services check that signature against a public counterpart Microsoft publishes for that purpose. A valid signature tells the service the pass is genuine.[[microsoft-2023-07-14-storm-0558-analysis]][[wiz-2023-07-21-compromised-key]]',
        'That is why the key is the prize. Whoever holds it can write passes on their own computer, for any account they choose, and send them straight to the service, without a password and without going near a login page.[[microsoft-2023-07-14-storm-0558-analysis]][[wiz-2023-07-21-compromised-key]]',
        'Microsoft runs two separate sign-in worlds. Consumer accounts, the personal kind behind Outlook.com, are vouched for by one set of keys; business and government accounts, managed through what was then called Azure Active Directory, by another. Each set is issued from its own systems and should open doors only in its own world.[[microsoft-2023-07-11-msrc-mitigates-storm-0558]]',
        'The stolen key came from the consumer world, so it should never have opened a government mailbox. It did because of what Microsoft called a validation error in its code: Exchange Online, the company’s cloud mail service, accepted enterprise tokens signed with a consumer key.[[microsoft-2023-07-14-storm-0558-analysis]]',
        'A second flaw kept the intruders going. Once inside Outlook on the web, they asked an interface called GetAccessTokenForResource for tokens, and because of what Microsoft called a design flaw, it would hand out a fresh token in exchange for one it had issued before. Microsoft says it has fixed the interface so that it accepts only tokens issued directly by Azure Active Directory or by the consumer account system.[[microsoft-2023-07-14-storm-0558-analysis]] Wiz, the security company, described the episode as resting on two security issues.[[wiz-2023-07-21-compromised-key]]',
        'In a September 2023 account, Microsoft said the mail system relied on a common list of keys that covered both worlds without checking which world a key belonged to, and that its own code libraries did not make that check automatically. It says the libraries now do.[[microsoft-2023-09-06-key-acquisition]] Together, the Review Board concluded, the key and the flaw gave the intruders “full access to essentially any Exchange Online account anywhere in the world.”[[csrb-2024-04-02-review]]',
      ],
      correctionIds: ['second-flaw'],
    },
    {
      heading: 'Seven steps from a key to an inbox',
      paragraphs: [
        'The chain stretches over seven years, from a key issued in 2016 to an alert in a government security office in June 2023.[[csrb-2024-04-02-review]][[cisa-fbi-2023-07-12-aa23-193a]]',
        {
          text: 'Step through it below. Each step shows the state of the chain, explains what happened in plain terms and links to the matching moment on the timeline.',
          factual: false,
        },
      ],
      interactive: 'attack-stepper',
      correctionIds: ['key-dates', 'access-after-detection', 'containment-dates', 'detection-date-disputed'],
    },
    {
      heading: 'A key that outlived its retirement',
      paragraphs: [
        'Why was a 2016 key still trusted in 2023? Microsoft had replaced its consumer signing keys rarely and by hand, the Review Board found, and it stopped doing so altogether in 2021 after a major cloud outage that the board links to that manual process. Nothing warned anyone that the keys in use were getting old.[[csrb-2024-04-02-review]]',
        'This key was due to be retired in March 2021, the board says, but its removal slipped because making the consumer key systems more secure proved harder than expected. Wiz found that the key’s public certificate had been issued on April 5, 2016 and expired on April 4, 2021, two years before the intrusion.[[csrb-2024-04-02-review]][[wiz-2023-07-21-compromised-key]]',
        'Sen. Ron Wyden, asking federal agencies in July 2023 to hold Microsoft responsible, said the company’s software had gone on accepting the key although it expired in 2021, and questioned whether the key had been kept in a hardware security module, a tamper-resistant device built to stop such keys from being copied.[[wyden-2023-07-27-letter]]',
        'Had Microsoft kept rotating its keys, finished automating the rotation, or set up an alert for aging keys, the board concluded, the 2016 key “would not have been valid in 2023.”[[csrb-2024-04-02-review]]',
      ],
      correctionIds: ['key-dates', 'quoted-wording'],
    },
    {
      heading: 'How the key got out: still unknown',
      paragraphs: [
        'Microsoft says it does not know for certain how the intruders got the key. In September 2023 it set out its leading explanation: a consumer signing system crashed in April 2021, a flaw left the key inside the resulting crash dump, the dump was later moved to an internet-connected debugging environment, and the intruders took it from there after compromising an engineer’s corporate account. Because of limits on how long it kept logs, Microsoft said, it had no direct evidence of the theft.[[microsoft-2023-09-06-key-acquisition]]',
        'In March 2024 Microsoft qualified that account. In a note added to the post, it said it had not found a crash dump containing the key, and that the flaw it had described affected whether a dump could leave the signing environment, not whether the key was in it. It still believes key material escaped through operational errors and was reached from a debugging environment through a compromised engineering account.[[microsoft-2023-09-06-key-acquisition]] The Review Board noted that Microsoft did not recant the crash-dump theory.[[csrb-2024-04-02-review]]',
        'The Review Board was blunter. Microsoft drew up 46 hypotheses for how the key was stolen, some as remote as a quantum computer breaking the cryptography or an insider copying the key when it was made, and as of the report it still did not know how or when the intruders got it. Whether they took other keys or sensitive data as well, the board added, was also unresolved. The board faulted the company for leaving its public explanation uncorrected for months: Microsoft told the board in November 2023 that the September post was inaccurate, and changed it only on March 12, 2024.[[csrb-2024-04-02-review]]',
        'One more thread runs through the board’s report. Storm-0558 got into Microsoft’s corporate network in 2021 through an engineer who had come with Affirmed Networks, a company Microsoft agreed to buy in March 2020 and took over that April, and whose device, Microsoft believes, had been compromised before the deal. The report dates that intrusion to April through August 2021 in its narrative and to late 2021 in its timeline. Microsoft believes it is probably linked to the key theft, the board said, but has produced no specific evidence for the link.[[csrb-2024-04-02-review]][[microsoft-2020-03-26-affirmed-networks]]',
      ],
      correctionIds: ['crash-dump-qualified'],
    },
    {
      heading: 'Could the key open more than email?',
      paragraphs: [
        'Microsoft says it saw the forged tokens used against only two services, Outlook on the web and Outlook.com.[[microsoft-2023-07-11-msrc-mitigates-storm-0558]]',
        'On July 21, 2023, the cloud security firm Wiz argued that the key’s reach could have been far wider. Its researcher Shir Tamari wrote that the stolen consumer key could have forged tokens for any Azure Active Directory application that accepts personal Microsoft accounts, including SharePoint, Teams, OneDrive and apps offering “login with Microsoft,” and under some conditions for apps shared across many organizations. Customers, Wiz added, would struggle to spot such use in their logs.[[wiz-2023-07-21-compromised-key]]',
        'Microsoft said it was confident, from its logs and its tracking of the intruders, that only Exchange Online had been hit. The Review Board reported that confidence, and agreed with the substance of Wiz’s warning: the stolen key could also have been used to reach other Microsoft and third-party cloud applications had the intruders chosen to.[[csrb-2024-04-02-review]]',
        'The two claims answer different questions: Wiz described what the key made possible, Microsoft what it says actually happened. No evidence has been published that the key was used beyond email.[[wiz-2023-07-21-compromised-key]][[csrb-2024-04-02-review]]',
        'Microsoft says it has since invalidated every consumer key that was active before the incident, and that it has seen no key-related activity by the group since.[[microsoft-2023-07-14-storm-0558-analysis]]',
      ],
      correctionIds: ['microsoft-reply-to-wiz', 'quoted-wording'],
    },
  ],
} satisfies ChapterCopy;
