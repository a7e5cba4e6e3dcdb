import type { numbersCopy } from '@/content/sections/who';
import { sourcesFor } from '@/data/selectors';
import type { FigureClaim, Source } from '@/data/types';
import { formatCalendarDate } from '@/lib/calendar-date';
import { fillTemplate } from '@/lib/fill-template';
import { GRAPHIC_TITLE_ID } from '@/shell/embed-shell';
import { groupClaims } from './group-claims';
import styles from './numbers-table.module.css';
import { SourceLinks } from '@/components/source-links';
import shared from '@/styles/shared.module.css';
import { CertaintyBadge } from '@/components/certainty-badge';

type NumbersCopy = typeof numbersCopy;

type NumbersTableProps = {
  readonly copy: NumbersCopy;
  readonly claims: readonly FigureClaim[];
  readonly sources: readonly Source[];
  /**
   * The graphic embed's version: no caption (the embed's headline names the
   * table), each count's scope and source folded into a disclosure, and the
   * note on what is left out folded too.
   */
  readonly compact?: boolean;
};

/** The counts of the breach that disagree, grouped by what they count, each with who gave it and when. */
export function NumbersTable({ copy, claims, sources, compact = false }: NumbersTableProps) {
  const sourceLine = (claim: FigureClaim) => (
    <span className={styles.sources}>
      {copy.sources} <SourceLinks sources={sourcesFor(claim.sourceIds, sources)} />
    </span>
  );
  return (
    <div className={compact ? `${styles.wrap} ${styles.compact}` : styles.wrap}>
      <table className={styles.table} aria-labelledby={compact ? GRAPHIC_TITLE_ID : undefined}>
        {compact ? null : <caption>{copy.caption}</caption>}
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
                    <CertaintyBadge tone={claim.certainty} className={styles.badge}>
                      {copy.certainty[claim.certainty]}
                    </CertaintyBadge>
                  )}
                  {compact ? (
                    <details className={`${shared.fold} ${styles.scopeFold}`}>
                      <summary>
                        {copy.compact.details}
                        <span className="visually-hidden">
                          {fillTemplate(copy.compact.detailsOf, { value: claim.value, who: claim.who })}
                        </span>
                      </summary>
                      <span className={styles.scope}>{claim.scope}</span>
                      {sourceLine(claim)}
                    </details>
                  ) : (
                    <span className={styles.scope}>{claim.scope}</span>
                  )}
                </td>
                <td>
                  <span className={styles.who}>{claim.who}</span>
                  <time dateTime={claim.date} className={styles.date}>
                    {formatCalendarDate(claim.date)}
                  </time>
                  {compact ? null : sourceLine(claim)}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      {compact ? (
        <details className={`${shared.fold} ${styles.leftOut}`}>
          <summary>{copy.compact.leftOut}</summary>
          <p className={styles.note}>{copy.leftOut}</p>
        </details>
      ) : (
        <p className={styles.note}>{copy.leftOut}</p>
      )}
    </div>
  );
}
