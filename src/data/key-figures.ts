// The cover's headline numbers, from shared/research/storm-0558-facts.md
// (revision 2, section 6), 2026-12-02. Each names who says so; where counts
// disagree the figure shows the range and the note says who gave which end.
import type { KeyFigure } from './types';

export const keyFigures = [
  {
    id: 'organizations-affected',
    value: '22–25',
    label: 'Organizations whose email was accessed',
    note:
      'Microsoft estimated about 25, with related consumer accounts, at ' +
      'disclosure in July 2023; the Cyber Safety Review Board later counted ' +
      '22 enterprise organizations. The two counts may not measure the same ' +
      'thing.',
    sourceIds: ['microsoft-2023-07-11-mitigation', 'csrb-2024-04-02-review'],
  },
  {
    id: 'people-affected',
    value: '503',
    label: 'Personal accounts accessed alongside those organizations',
    note:
      'The Review Board’s count of related personal accounts, at least 391 ' +
      'of them in the United States; its summary rounds it to “over 500 ' +
      'individuals.”',
    sourceIds: ['csrb-2024-04-02-review'],
  },
  {
    id: 'state-emails-taken',
    value: '60,000',
    label: 'State Department emails taken',
    note:
      'First reported from a Senate aide’s account of a briefing on Sept. ' +
      '27, 2023, which put them in 10 accounts; the State Department ' +
      'confirmed the email count on the record the next day, and the Review ' +
      'Board repeats it.',
    sourceIds: ['state-2023-09-28-press-briefing', 'politico-2023-09-27-60000-emails', 'csrb-2024-04-02-review'],
  },
  {
    id: 'days-in-bacon-mail',
    value: '31',
    label: "Days the intruders spent in Rep. Don Bacon's email, in his words",
    note:
      'Bacon’s own figure, after the FBI told him his mail had been read ' +
      'from May 15 to June 16, 2023, which is 32 days by the calendar.',
    sourceIds: ['omaha-2023-08-bacon-fbi', 'techcrunch-2023-08-15-bacon-emails'],
  },
  {
    id: 'key-created',
    value: '2016',
    label: 'Year the stolen key was issued; it still worked in 2023',
    note:
      'Its certificate was issued April 5, 2016 and expired April 4, 2021 ' +
      '(Wiz); it was due to be retired in March 2021 (Review Board), but ' +
      "Microsoft's systems went on trusting it.",
    sourceIds: ['csrb-2024-04-02-review', 'wiz-2023-07-21-compromised-key'],
  },
] as const satisfies readonly KeyFigure[];
