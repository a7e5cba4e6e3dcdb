import type { numbersCopy } from '@/content/sections/who';
import { sourcesFor } from '@/data/selectors';
import type { FigureClaim, Source } from '@/data/types';
import { formatCalendarDate } from '@/lib/calendar-date';
import { groupClaims } from './group-claims';
import styles from './numbers-table.module.css';
import { SourceLinks } from '@/components/source-links';

export type NumbersCopy = typeof numbersCopy;

type NumbersTableProps = {
  readonly copy: NumbersCopy;
  readonly claims: readonly FigureClaim[];
  readonly sources: readonly Source[];
};

/** The counts of the breach that disagree, grouped by what they count, each with who gave it and when. */
export function NumbersTable({ copy, claims, sources }: NumbersTableProps) {
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption>{copy.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{copy.columns.value}</th>
            <th scope="col">{copy.columns.who}</th>
          </tr>
        </thead>
        {groupClaims(claims).map((group) => (
          <tbody key={group.measure}>
            <tr>
              <th scope="rowgroup" colSpan={2} className={styles.measure}>
                {group.measure}
              </th>
            </tr>
            {group.claims.map((claim) => (
              <tr key={claim.id}>
                <td>
                  <span className={styles.value}>{claim.value}</span>
                  {claim.certainty === 'confirmed' ? null : (
                    <span className={`badge badge-${claim.certainty}`}>{copy.certainty[claim.certainty]}</span>
                  )}
                  <span className={styles.scope}>{claim.scope}</span>
                </td>
                <td>
                  <span className={styles.who}>{claim.who}</span>
                  <time dateTime={claim.date} className={styles.date}>
                    {formatCalendarDate(claim.date)}
                  </time>
                  <span className={styles.sources}>
                    {copy.sources}{' '}
                    <SourceLinks sources={sourcesFor(claim.sourceIds, sources)} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p className={styles.note}>{copy.leftOut}</p>
    </div>
  );
}
