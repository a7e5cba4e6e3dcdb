// The cover's headline numbers, from shared/research/storm-0558-facts.md
// (section 6), 2026-11-28. Each names who says so; where counts disagree
// the figure shows the range and the note says who gave which end.
import type { KeyFigure } from './types';

export const keyFigures = [
  {
    id: 'organizations-affected',
    value: '22–25',
    label: 'Organizations whose email was accessed',
    note:
      'Microsoft estimated about 25 at disclosure in July 2023; the Cyber ' +
      'Safety Review Board later counted 22.',
    sourceIds: [
      'microsoft-2023-07-11-mitigation',
      'csrb-2024-04-02-review',
      'medianama-2024-04-dhs-criticises-microsoft',
      'house-homeland-2024-06-17-smith-testimony',
    ],
  },
  {
    id: 'people-affected',
    value: '500+',
    label: 'People whose mailboxes were accessed',
    note:
      "The Review Board's count: more than 500. No exact figure has been " +
      'published in the sources reviewed.',
    sourceIds: [
      'csrb-2024-04-02-review',
      'cisa-2024-04-02-csrb-report-release',
      'house-homeland-2024-06-17-smith-testimony',
    ],
  },
  {
    id: 'state-emails-taken',
    value: '60,000',
    label: 'State Department emails taken from 10 accounts',
    note:
      "Reported, not confirmed: the number comes from a Senate staffer's " +
      'account of a State Department briefing on Sept. 27, 2023.',
    sourceIds: [
      'politico-2023-09-27-60000-emails',
      'cna-2023-09-state-60000-emails',
    ],
  },
  {
    id: 'days-in-bacon-mail',
    value: '31',
    label: "Days the intruders spent in Rep. Don Bacon's email",
    note:
      "Bacon's own statement, after the FBI told him his mail had been " +
      'accessed between May 15 and June 16, 2023.',
    sourceIds: [
      'omaha-2023-08-bacon-fbi',
      'techcrunch-2023-08-15-bacon-emails',
    ],
  },
  {
    id: 'key-created',
    value: '2016',
    label: 'Year the stolen key was made; it still worked in 2023',
    note:
      'The Review Board dates the key to 2016. It should have been retired ' +
      "in 2021, but Microsoft's systems went on trusting it.",
    sourceIds: ['csrb-2024-04-02-review', 'wyden-2023-07-27-letter'],
  },
] as const satisfies readonly KeyFigure[];
