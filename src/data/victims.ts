// The organizations and people whose mail Storm-0558 is known or reported to
// have read, compiled from shared/research/storm-0558-facts.md (revision 2,
// sections 1, 2 and 6), 2026-12-02. Ordered as the who chapter tells them:
// agencies, officials, lawmakers, others. Ids are DOM anchors: never rename.
//
// The congressional staffer and the human-rights advocate appear only in a
// July 12, 2023 Washington Post report that could not be located (the fact
// sheet saw it through a news digest, which is not citable). They are kept,
// marked unconfirmed and without a link, because leaving them out would
// understate who was targeted.
import type { Victim } from './types';

export const victims = [
  {
    id: 'state-department',
    name: 'State Department',
    kind: 'agency',
    role: 'Federal department; the victim that found the intrusion',
    known:
      'Its security team spotted unusual access to its mail in mid-June ' +
      '2023, on June 15 or 16 by different accounts, and told Microsoft on ' +
      'June 16. A spokesperson said on July 12 that it had detected the ' +
      'activity and notified Microsoft. On Sept. 28 ' +
      'the department confirmed that about 60,000 unclassified emails had ' +
      'been taken; by Senate staff’s account of a briefing the day before, ' +
      'they came from 10 accounts, nine of them of people working on ' +
      'Indo-Pacific diplomacy.',
    publicDate: '2023-07-12',
    certainty: 'confirmed',
    sourceIds: [
      'csrb-2024-04-02-review',
      'state-2023-07-12-press-briefing',
      'state-2023-09-28-press-briefing',
      'politico-2023-09-27-60000-emails',
    ],
    eventId: '2023-07-12-state-confirms-detection',
  },
  {
    id: 'commerce-department',
    name: 'Commerce Department',
    kind: 'agency',
    role: 'Federal department',
    known:
      'The intruders first reached its data on June 6, 2023, according to ' +
      'logs Microsoft supplied later; Microsoft told the department on June ' +
      '23. It said on July 12 that Microsoft had notified it of a ' +
      'compromise. Its secretary’s mailbox was among those read.',
    publicDate: '2023-07-12',
    certainty: 'confirmed',
    sourceIds: ['abc-2023-07-raimondo-emails', 'csrb-2024-04-02-review'],
    eventId: '2023-06-06-commerce-mailboxes-first-accessed',
  },
  {
    id: 'gina-raimondo',
    name: 'Gina Raimondo',
    kind: 'official',
    role: 'Secretary of Commerce',
    known:
      'News reports on July 12, 2023 identified her mailbox among those ' +
      'read, making her the only Cabinet member known to have been affected. ' +
      'The Review Board later confirmed it.',
    publicDate: '2023-07-12',
    certainty: 'confirmed',
    sourceIds: ['abc-2023-07-raimondo-emails', 'csrb-2024-04-02-review'],
    eventId: '2023-07-12-raimondo-mailbox-accessed',
  },
  {
    id: 'nicholas-burns',
    name: 'Nicholas Burns',
    kind: 'official',
    role: 'U.S. ambassador to China',
    known:
      'The Wall Street Journal reported on July 20, 2023 that his email was ' +
      'among the accounts read; the Review Board later confirmed it.',
    publicDate: '2023-07-20',
    certainty: 'confirmed',
    sourceIds: ['wsj-2023-07-20-ambassador-to-china-hacked', 'csrb-2024-04-02-review'],
    eventId: '2023-07-20-us-envoy-to-china-among-victims',
  },
  {
    id: 'daniel-kritenbrink',
    name: 'Daniel Kritenbrink',
    kind: 'official',
    role: 'Assistant secretary of state for East Asian and Pacific affairs',
    known:
      'Named in the same Wall Street Journal report as one of the senior ' +
      'diplomats whose mail was read; the Review Board later confirmed it.',
    publicDate: '2023-07-20',
    certainty: 'confirmed',
    sourceIds: ['wsj-2023-07-20-ambassador-to-china-hacked', 'csrb-2024-04-02-review'],
    eventId: '2023-07-20-us-envoy-to-china-among-victims',
  },
  {
    id: 'house-of-representatives',
    name: 'U.S. House of Representatives',
    kind: 'lawmaker',
    role: 'Email accounts in the chamber; most not named',
    known:
      'CNN reported on July 12, 2023 that House accounts had been targeted. ' +
      'The Review Board lists the House among the bodies whose accounts were ' +
      'read, and says Microsoft sent the House a nation-state notification ' +
      'on June 28.',
    publicDate: '2023-07-12',
    certainty: 'confirmed',
    sourceIds: ['cnn-2023-07-12-china-based-hackers', 'csrb-2024-04-02-review'],
    eventId: '2023-07-12-house-accounts-reported-targeted',
  },
  {
    id: 'don-bacon',
    name: 'Rep. Don Bacon',
    kind: 'lawmaker',
    role: 'Republican congressman from Nebraska',
    known:
      'The FBI told him on Aug. 14, 2023 that his personal and campaign ' +
      'email had been hacked from May 15 to June 16, and he made it public ' +
      'on X. “They were in my emails for 31 days,” he said. He was the ' +
      'first member of Congress publicly named as a victim. Microsoft had ' +
      'emailed him earlier to change his password; accounts differ on when, ' +
      'and on whether he took it as routine or suspicious.',
    publicDate: '2023-08-14',
    certainty: 'confirmed',
    sourceIds: [
      'omaha-2023-08-bacon-fbi',
      'techcrunch-2023-08-15-bacon-emails',
      'messenger-2023-08-15-bacon',
      'csrb-2024-04-02-review',
    ],
    eventId: '2023-08-14-fbi-tells-bacon-his-mail-was-read',
  },
  {
    id: 'think-tanks',
    name: 'Three think tanks',
    kind: 'other',
    role: 'Not named',
    known: 'Among the 22 enterprise organizations whose mail was read, the Review ' + 'Board counts three think tanks.',
    publicDate: '2024-04-02',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
  },
  {
    id: 'victims-outside-the-us',
    name: 'Organizations outside the United States',
    kind: 'other',
    role: 'Not named',
    known:
      'Four foreign government bodies, three private companies and four ' +
      'educational institutions, by the Review Board’s count, among them ' +
      'several British organizations; Microsoft first told one British ' +
      'victim on June 19, 2023.',
    publicDate: '2024-04-02',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
    eventId: '2023-06-19-state-confirms-six-accounts-read',
  },
  {
    id: 'congressional-staffer',
    name: 'A congressional staffer',
    kind: 'other',
    role: 'Not named',
    known: 'Listed among the targets in a Washington Post report in July 2023.',
    publicDate: '2023-07',
    certainty: 'unconfirmed',
    sourceIds: [],
    sourceNote:
      'Known only through a news digest’s summary of the Post’s report; the ' +
      'original article could not be located, so there is no link.',
  },
  {
    id: 'human-rights-advocate',
    name: 'A U.S. human-rights advocate',
    kind: 'other',
    role: 'Not named',
    known: 'Listed among the targets in the same Washington Post report.',
    publicDate: '2023-07',
    certainty: 'unconfirmed',
    sourceIds: [],
    sourceNote:
      'Known only through a news digest’s summary of the Post’s report; the ' +
      'original article could not be located, so there is no link.',
  },
] as const satisfies readonly Victim[];
