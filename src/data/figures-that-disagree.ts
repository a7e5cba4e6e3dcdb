// Counts of the breach's size that do not agree, each with who gave it and
// when. From shared/research/storm-0558-facts.md (sections 6 and 7.3),
// 2026-11-28. Grouped by measure, oldest first within a measure.
//
// Left out on purpose: "three federal agencies" (an unnamed official to The
// Messenger), "nine U.S. organizations" (a DHS official, known only through
// a news digest) and "single digits" of government accounts (a CISA
// official, via a blog). None rests on a source this site can cite.
//
// The Wall Street Journal's preliminary "hundreds of thousands" is cited to
// The Times, which the fact sheet lists for the July 20, 2023 report that
// carried it (event #25); the sheet's figures table names only a
// non-citable repost.
import type { FigureClaim } from './types';

export const figuresThatDisagree = [
  {
    id: 'organizations-microsoft',
    measure: 'Organizations affected',
    value: 'About 25',
    scope:
      'Government agencies, counted together with related personal accounts; ' +
      'given at disclosure.',
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
      'After the Review Board’s inquiry; the House Homeland Security ' +
      'Committee used the same count in June 2024.',
    who: 'Cyber Safety Review Board',
    date: '2024-04-02',
    certainty: 'confirmed',
    sourceIds: [
      'csrb-2024-04-02-review',
      'house-homeland-2024-06-17-smith-testimony',
    ],
  },
  {
    id: 'people-csrb',
    measure: 'People affected',
    value: 'More than 500',
    scope: 'No exact figure has been published in the sources reviewed.',
    who: 'Cyber Safety Review Board',
    date: '2024-04-02',
    certainty: 'confirmed',
    sourceIds: [
      'csrb-2024-04-02-review',
      'house-homeland-2024-06-17-smith-testimony',
    ],
  },
  {
    id: 'emails-wsj',
    measure: 'Emails taken',
    value: 'Possibly hundreds of thousands',
    scope:
      'U.S. government emails overall; a preliminary estimate, weeks into ' +
      'the investigation.',
    who: 'The Wall Street Journal',
    date: '2023-07-20',
    certainty: 'reported',
    sourceIds: ['thetimes-2023-07-us-officials-emails'],
  },
  {
    id: 'emails-state',
    measure: 'Emails taken',
    value: 'About 60,000',
    scope:
      'State Department only, from 10 accounts; second-hand, from a Senate ' +
      'aide’s account of a department briefing.',
    who: 'Aide to Sen. Eric Schmitt',
    date: '2023-09-27',
    certainty: 'reported',
    sourceIds: [
      'politico-2023-09-27-60000-emails',
      'cna-2023-09-state-60000-emails',
    ],
  },
] as const satisfies readonly FigureClaim[];

/** The two organization counts as numbers, for the cover art (see the claims above). */
export const organizationCounts = { microsoft: 25, csrb: 22 } as const;
