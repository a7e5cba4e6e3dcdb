// Counts of the breach's size that do not agree, each with who gave it and
// when. From shared/research/storm-0558-facts.md (revision 2, sections 6
// and 7), 2026-12-02. Grouped by measure, oldest first within a measure.
//
// Left out on purpose: "three federal agencies" (unnamed sources to The
// Messenger) and "nine U.S. organizations" (a DHS official to The
// Washington Post, whose article could not be located).
import type { FigureClaim } from './types';

export const figuresThatDisagree = [
  {
    id: 'organizations-microsoft',
    measure: 'Organizations affected',
    value: 'About 25',
    scope:
      'Organizations including government agencies, counted together with ' +
      'related consumer accounts; given at disclosure.',
    who: 'Microsoft',
    date: '2023-07-11',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-07-11-mitigation'],
  },
  {
    id: 'organizations-csrb',
    measure: 'Organizations affected',
    value: '22',
    scope:
      'Enterprise organizations, the State Department and 21 more, after ' +
      'the Review Board’s inquiry. It may not count the same thing as ' +
      'Microsoft’s 25.',
    who: 'Cyber Safety Review Board',
    date: '2024-03-20',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
  },
  {
    id: 'people-csrb',
    measure: 'Personal accounts affected',
    value: '503',
    scope:
      'Related personal accounts, at least 391 of them in the U.S., besides ' +
      'the 22 organizations; the report’s summary rounds it to “over 500 ' +
      'individuals.”',
    who: 'Cyber Safety Review Board',
    date: '2024-03-20',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
  },
  {
    id: 'state-accounts-aide',
    measure: 'State Department accounts read',
    value: '10',
    scope:
      'Accounts the 60,000 emails came from, nine of them of people working ' +
      'on Indo-Pacific diplomacy; the department confirmed the email count ' +
      'but not this one.',
    who: 'Aide to Sen. Eric Schmitt, after a department briefing',
    date: '2023-09-27',
    certainty: 'reported',
    sourceIds: ['politico-2023-09-27-60000-emails'],
  },
  {
    id: 'state-accounts-csrb',
    measure: 'State Department accounts read',
    value: '13',
    scope:
      'Six found by June 19, six more read June 21–24, and one found later ' +
      'on a server seized from the intruders. The two counts come from ' +
      'different stages and sources.',
    who: 'Cyber Safety Review Board',
    date: '2024-03-20',
    certainty: 'confirmed',
    sourceIds: ['csrb-2024-04-02-review'],
  },
  {
    id: 'emails-wsj',
    measure: 'Emails taken',
    value: 'At least hundreds of thousands',
    scope: 'U.S. government emails overall; a preliminary estimate, weeks into ' + 'the investigation.',
    who: 'The Wall Street Journal',
    date: '2023-07-20',
    certainty: 'reported',
    sourceIds: ['wsj-2023-07-20-ambassador-to-china-hacked'],
  },
  {
    id: 'emails-state',
    measure: 'Emails taken',
    value: 'About 60,000',
    scope: 'State Department only; first told to Senate staff, then confirmed on ' + 'the record by the department.',
    who: 'State Department (spokesperson Matthew Miller)',
    date: '2023-09-28',
    certainty: 'confirmed',
    sourceIds: ['state-2023-09-28-press-briefing', 'politico-2023-09-27-60000-emails', 'csrb-2024-04-02-review'],
  },
] as const satisfies readonly FigureClaim[];

/** The two organization counts as numbers, for the cover art (see the claims above). */
export const organizationCounts = { microsoft: 25, csrb: 22 } as const;
