// The organizations and people whose mail Storm-0558 is known or reported to
// have read, compiled from shared/research/storm-0558-facts.md (sections 1,
// 2 and 6), 2026-11-28. Ordered as the who chapter tells them: agencies,
// officials, lawmakers, others. Ids are DOM anchors: never rename.
//
// The congressional staffer, human-rights advocate and think tanks appear
// in the fact sheet only through a news digest's summary of a Washington
// Post report (ncja.org), which is not a citable host, and the Post's own
// article could not be located. They are kept, marked unconfirmed, because
// leaving them out would understate who was targeted; no link is given.
import type { Victim } from './types';

export const victims = [
  {
    id: 'state-department',
    name: 'State Department',
    kind: 'agency',
    role: 'Federal department; the victim that found the intrusion',
    known:
      'Its security team flagged unfamiliar access to its mailboxes on ' +
      'June 15, 2023 and reported it to Microsoft and CISA the next day. A ' +
      'spokesperson confirmed the breach on July 12. In September, IT ' +
      'officials told Senate staff that about 60,000 emails had been taken ' +
      'from 10 accounts, nine of them belonging to people working on East ' +
      'Asia and the Pacific, according to an aide who attended.',
    publicDate: '2023-07-12',
    certainty: 'confirmed',
    sourceIds: [
      'cisa-fbi-2023-07-12-aa23-193a',
      'abc-2023-07-raimondo-emails',
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
      'The department said Microsoft had notified it of a compromise. Its ' +
      'secretary’s mailbox was among those read.',
    publicDate: '2023-07-12',
    certainty: 'confirmed',
    sourceIds: ['abc-2023-07-raimondo-emails'],
    eventId: '2023-07-12-raimondo-mailbox-accessed',
  },
  {
    id: 'gina-raimondo',
    name: 'Gina Raimondo',
    kind: 'official',
    role: 'Secretary of Commerce',
    known:
      'News reports identified her mailbox among those read, making her the ' +
      'only Cabinet member known to have been affected. Officials said ' +
      'Secretary of State Antony Blinken’s account was not breached.',
    publicDate: '2023-07-12',
    certainty: 'confirmed',
    sourceIds: ['abc-2023-07-raimondo-emails'],
    eventId: '2023-07-12-raimondo-mailbox-accessed',
  },
  {
    id: 'nicholas-burns',
    name: 'Nicholas Burns',
    kind: 'official',
    role: 'U.S. ambassador to China',
    known:
      'The Wall Street Journal reported that his email was among the ' +
      'accounts read. The State Department declined to comment on ' +
      'specifics.',
    publicDate: '2023-07-20',
    certainty: 'confirmed',
    sourceIds: ['thetimes-2023-07-us-officials-emails'],
    eventId: '2023-07-20-us-envoy-to-china-among-victims',
  },
  {
    id: 'daniel-kritenbrink',
    name: 'Daniel Kritenbrink',
    kind: 'official',
    role: 'Assistant secretary of state for East Asian and Pacific affairs',
    known:
      'Named in the same Wall Street Journal report as one of the senior ' +
      'diplomats whose mail was read.',
    publicDate: '2023-07-20',
    certainty: 'confirmed',
    sourceIds: ['thetimes-2023-07-us-officials-emails'],
    eventId: '2023-07-20-us-envoy-to-china-among-victims',
  },
  {
    id: 'don-bacon',
    name: 'Rep. Don Bacon',
    kind: 'lawmaker',
    role: 'Republican congressman from Nebraska',
    known:
      'The FBI told him on Aug. 14, 2023 that his personal and campaign ' +
      'email had been read from May 15 to June 16, and he made it public ' +
      'on X. “They were in my emails for 31 days,” he said. He was the ' +
      'first member of Congress publicly named as a victim. A Microsoft ' +
      'warning on June 16 had looked routine to him, his press secretary ' +
      'said.',
    publicDate: '2023-08',
    certainty: 'confirmed',
    sourceIds: ['omaha-2023-08-bacon-fbi', 'techcrunch-2023-08-15-bacon-emails'],
    eventId: '2023-08-14-fbi-tells-bacon-his-mail-was-read',
  },
  {
    id: 'congressional-staffer',
    name: 'A congressional staffer',
    kind: 'other',
    role: 'Not named',
    known:
      'Listed among the targets in a Washington Post report summarized by a ' +
      'news digest in July 2023.',
    publicDate: '2023-07',
    certainty: 'unconfirmed',
    sourceIds: [],
    sourceNote:
      'Known only through a digest’s summary of the Post’s report; the ' +
      'original article could not be located, so there is no link.',
  },
  {
    id: 'human-rights-advocate',
    name: 'A U.S. human-rights advocate',
    kind: 'other',
    role: 'Not named',
    known:
      'Listed among the targets in the same Washington Post report.',
    publicDate: '2023-07',
    certainty: 'unconfirmed',
    sourceIds: [],
    sourceNote:
      'Known only through a digest’s summary of the Post’s report; the ' +
      'original article could not be located, so there is no link.',
  },
  {
    id: 'think-tanks',
    name: 'U.S. think tanks',
    kind: 'other',
    role: 'Not named; number not given',
    known:
      'Listed among the targets in the same Washington Post report.',
    publicDate: '2023-07',
    certainty: 'unconfirmed',
    sourceIds: [],
    sourceNote:
      'Known only through a digest’s summary of the Post’s report; the ' +
      'original article could not be located, so there is no link.',
  },
] as const satisfies readonly Victim[];
