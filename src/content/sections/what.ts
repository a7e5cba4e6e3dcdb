// The what chapter: how a consumer signing key opened government mail.
// Written for this project from shared/research/storm-0558-facts.md
// (sections 1, 3 and 7). The theft is unexplained: the crash-dump account
// is Microsoft's former leading theory, withdrawn in part in March 2024.
// Wiz's wider-reach argument and Microsoft's reply are a dispute, not a fact.
import { whatOutline } from '../chapter-outline';
import type { ChapterCopy } from '../types';

export const whatCopy = {
  ...whatOutline,
  dek: 'A consumer signing key from 2016, a check that was never made, and tokens forged on the intruders’ own machines.',
  parts: [
    {
      heading: 'Keys, tokens and a check that was not made',
      paragraphs: [
        {
          text: 'Two ideas explain most of this story: a token and a signing key.',
          factual: false,
        },
        {
          text: 'When you sign in to an online service such as Outlook, you prove who you are once. The sign-in system then hands your browser a *token*, a small digital pass that says, in effect, “the holder is this person and may read this mailbox.” Each time the browser fetches mail, it shows the pass instead of asking for the password again.',
          factual: false,
        },
        'A pass is only as good as the stamp on it. Microsoft signs each token with a secret *signing key*, and its services check that signature against a public counterpart Microsoft publishes for that purpose. A valid signature tells the service the pass is genuine.[[wiz-2023-07-21-compromised-key]]',
        'That is why the key is the prize. Whoever holds it can write passes on their own computer, for any account they choose, and send them straight to the service, without a password and without going near a login page.[[scmagazine-2023-07-microsoft-dismisses-wiz]][[wiz-2023-07-21-compromised-key]]',
        'Microsoft runs two separate sign-in worlds. Consumer accounts, the personal kind behind Outlook.com, are vouched for by one set of keys; business and government accounts, managed through what was then called Azure Active Directory, by another. Each set should open doors only in its own world.[[microsoft-2023-07-14-storm-0558-analysis]]',
        'The stolen key came from the consumer world, so it should never have opened a government mailbox. It did because of what Microsoft called a validation error in its code: Exchange Online, the company’s cloud mail service, accepted enterprise tokens signed with a consumer key.[[microsoft-2023-07-14-storm-0558-analysis]]',
        'In a September 2023 account, Microsoft said the mail system relied on a common list of keys that covered both worlds without checking which world a key belonged to, and that its own code libraries did not make that check automatically. It says the libraries now do.[[microsoft-2023-09-06-key-acquisition]]',
      ],
    },
    {
      heading: 'Seven steps from a key to an inbox',
      paragraphs: [
        'The chain stretches over seven years, from a key created in 2016 to an alert in a government security office in June 2023.[[csrb-2024-04-02-review]][[cisa-fbi-2023-07-12-aa23-193a]]',
        {
          text: 'Step through it below. Each step shows the state of the chain, explains what happened in plain terms and links to the matching moment on the timeline.',
          factual: false,
        },
      ],
      interactive: 'attack-stepper',
    },
    {
      heading: 'A key that outlived its retirement',
      paragraphs: [
        'Why was a 2016 key still trusted in 2023? The Review Board found that Microsoft had stopped rotating its consumer signing keys after a major cloud outage in 2021, which left the old key in service after it should have been retired.[[globalrelay-2024-04-csrb-security-culture]][[csrb-2024-04-02-review]] Accounts of the board’s findings put the retirement date in March 2021; a reconstruction of the key’s certificate gives April 4.',
        'Sen. Ron Wyden, asking federal agencies in July 2023 to hold Microsoft responsible, said the company’s software had gone on accepting the key although it expired in 2021, and that the key appeared not to have been kept in a hardware security module, a tamper-resistant device built to stop such keys from being copied.[[wyden-2023-07-27-letter]]',
      ],
    },
    {
      heading: 'How the key got out: still unknown',
      paragraphs: [
        'Microsoft says it does not know for certain how the intruders got the key. In September 2023 it set out its leading explanation: a consumer signing system crashed in April 2021, a flaw left the key inside the resulting crash dump, the dump was later moved to an internet-connected debugging environment, and the intruders took it from there after compromising an engineer’s corporate account. Because of limits on how long it kept logs, Microsoft said, it had no direct evidence of the theft.[[microsoft-2023-09-06-key-acquisition]]',
        'In March 2024 Microsoft withdrew central parts of that account. In a note added to the post, it said it had not found a crash dump containing the key, and that the flaw it had described affected whether a dump could leave the signing environment, not whether the key was in it. It still believes key material escaped through operational errors and was reached from a debugging environment through a compromised engineering account.[[microsoft-2023-09-06-key-acquisition]]',
        'The Review Board was blunter. It found that the crash-dump theory had no more evidence behind it than the dozens of other hypotheses Microsoft was testing, some as remote as an insider or a break in the cryptography by a quantum computer, and it faulted the company for leaving its public explanation uncorrected for months.[[csrb-2024-04-02-review]][[thestack-2024-04-csrb-key-theft]]',
        'One more thread runs through the board’s report. Storm-0558 got into Microsoft’s corporate network in 2021 through an engineer’s device that had been compromised before Microsoft bought the engineer’s company. Microsoft believes that intrusion is probably linked to the key theft, the board said, but has produced no specific evidence for the link.[[csrb-2024-04-02-review]][[globalrelay-2024-04-csrb-security-culture]]',
      ],
    },
    {
      heading: 'Could the key open more than email?',
      paragraphs: [
        'Microsoft says it saw the forged tokens used against only two services, Outlook on the web and Outlook.com.[[microsoft-2023-07-11-mitigation]]',
        'On July 21, 2023, the cloud security firm Wiz argued that the key’s reach could have been far wider. Its researcher Shir Tamari wrote that the stolen consumer key could have forged tokens for any Azure Active Directory application that accepts personal Microsoft accounts, including SharePoint, Teams, OneDrive and apps offering “Sign in with Microsoft,” and under some conditions for apps shared across many organizations. Customers, Wiz added, would struggle to spot such use in their logs.[[wiz-2023-07-21-compromised-key]]',
        'Microsoft disagreed. It called Wiz’s scenarios hypothetical and said the impact was limited to applications that both accepted personal accounts and had the same validation error.[[scmagazine-2023-07-microsoft-dismisses-wiz]]',
        'The two claims answer different questions: Wiz described what the key made possible, Microsoft what it says actually happened. No evidence has been published that the key was used beyond email.[[scmagazine-2023-07-microsoft-dismisses-wiz]][[wiz-2023-07-21-compromised-key]]',
        'Microsoft says it has since invalidated every consumer key that was active before the incident, and that it has seen no key-related activity by the group since.[[microsoft-2023-07-14-storm-0558-analysis]][[techtarget-2023-07-msa-key-investigation]]',
      ],
    },
  ],
} satisfies ChapterCopy;
