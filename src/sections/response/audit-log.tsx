import { useHydrated } from '@tanstack/react-router';
import { fillTemplate } from '@/lib/fill-template';
import { useId, useState } from 'react';
import type {
  auditLogCopy as AuditLogCopyValue,
  AuditLogApp,
  AuditLogRow,
  AuditTier,
} from '@/content/sections/audit-log';
import { GRAPHIC_TITLE_ID } from '@/shell/embed-shell';
import { flaggedRowIds, visibleRows } from './audit-log-rule';
import styles from './audit-log.module.css';

type AuditLogProps = {
  readonly copy: typeof AuditLogCopyValue;
  readonly rows: readonly AuditLogRow[];
  /** The applications the organization sees every day. */
  readonly baseline: readonly AuditLogApp[];
  /** The operation the detection rule watches (MailItemsAccessed). */
  readonly watchedOperation: string;
  /**
   * A graphic embed: no heading of its own (the embed's headline names it),
   * the note on the invented records and the intro behind a disclosure, and
   * a denser table.
   */
  readonly compact?: boolean;
};

/**
 * An illustrative audit log with a tier toggle and a detection-rule toggle.
 * The server (and a reader without JavaScript) gets the full table with a
 * column naming each row's tier; the toggles appear once the page is live,
 * starting from the same state, so hydration sees identical markup.
 */
export function AuditLog({ copy, rows, baseline, watchedOperation, compact = false }: AuditLogProps) {
  const hydrated = useHydrated();
  const [tier, setTier] = useState<AuditTier>('premium');
  const [ruleOn, setRuleOn] = useState(false);
  const id = useId();
  const headingId = `${id}-heading`;
  const captionId = `${id}-caption`;
  const tierLabelId = `${id}-tier`;

  const shown = visibleRows(rows, tier);
  const baselineIds = baseline.map((app) => app.appId);
  const flagged = ruleOn ? flaggedRowIds(shown, baselineIds, watchedOperation) : new Set<string>();
  const appName = new Map(baseline.map((app) => [app.appId, app.name]));

  const label = <strong className={styles.label}>{copy.reconstructionLabel}</strong>;
  return (
    <section
      className={compact ? `${styles.auditLog} ${styles.compact}` : styles.auditLog}
      aria-labelledby={compact ? GRAPHIC_TITLE_ID : headingId}
    >
      {compact ? (
        <details className={styles.about}>
          <summary>
            {label} {copy.compact.aboutSummary}
          </summary>
          <p className={styles.reconstruction}>{copy.reconstructionNote}</p>
          <p>{copy.intro}</p>
        </details>
      ) : (
        <>
          <h3 id={headingId}>{copy.heading}</h3>
          <p className={styles.reconstruction}>
            {label} {copy.reconstructionNote}
          </p>
          <p>{copy.intro}</p>
        </>
      )}
      <div className={styles.controls}>
        {hydrated ? (
          <>
            <div role="group" aria-labelledby={tierLabelId} className={styles.tierGroup}>
              <span id={tierLabelId} className={styles.groupLabel}>
                {copy.tierGroupLabel}
              </span>
              {(['standard', 'premium'] as const).map((value) => (
                <button key={value} type="button" aria-pressed={tier === value} onClick={() => setTier(value)}>
                  {copy.tiers[value]}
                </button>
              ))}
            </div>
            <button type="button" aria-pressed={ruleOn} onClick={() => setRuleOn((on) => !on)}>
              {copy.ruleButton}
            </button>
          </>
        ) : (
          <p className={styles.noScript}>{copy.noScript}</p>
        )}
      </div>
      <p role="status" className={styles.status}>
        {statusText(copy, rows, shown, tier, ruleOn, flagged, watchedOperation)}
      </p>
      {ruleOn ? (
        <p className={styles.rule}>
          {fillTemplate(copy.ruleExplanation, {
            baseline: baseline.map((app) => `${app.name}, ${app.appId}`).join('; '),
          })}
        </p>
      ) : null}
      {/* A focusable region, so keyboard users can scroll the table on narrow screens. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className={styles.tableWrap} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table}>
          <caption id={captionId}>{fillTemplate(copy.caption, { shown: shown.length, total: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{copy.columns.when}</th>
              <th scope="col">{copy.columns.operation}</th>
              <th scope="col">{copy.columns.application}</th>
              <th scope="col">{copy.columns.recordedIn}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const isFlagged = flagged.has(row.id);
              const name = appName.get(row.appId);
              return (
                <tr key={row.id} className={isFlagged ? styles.flaggedRow : undefined}>
                  <th scope="row">
                    {isFlagged ? <span className={styles.flag}>{copy.flagged}</span> : null}
                    {row.when}
                  </th>
                  <td className={styles.operation}>
                    <BreakableName name={row.operation} />
                  </td>
                  <td>
                    <code>{row.appId}</code>
                    {name ? <span className={styles.appName}> {name}</span> : null}
                    {isFlagged ? <span className={styles.appName}> ({copy.unknownApp})</span> : null}
                  </td>
                  <td>{copy.recordedIn[row.tier]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function statusText(
  copy: typeof AuditLogCopyValue,
  rows: readonly AuditLogRow[],
  shown: readonly AuditLogRow[],
  tier: AuditTier,
  ruleOn: boolean,
  flagged: ReadonlySet<string>,
  watchedOperation: string,
): string {
  if (ruleOn) {
    if (flagged.size === 0) return copy.status.ruleNothing;
    const list = shown.filter((row) => flagged.has(row.id)).map((row) => row.when);
    return fillTemplate(copy.status.ruleMatches, { count: list.length, list: joinList(list) });
  }
  if (tier === 'standard') return fillTemplate(copy.status.standard, { count: shown.length });
  return fillTemplate(copy.status.premium, {
    count: rows.length,
    watched: rows.filter((row) => row.operation === watchedOperation).length,
  });
}

/** "a", "a and b", "a, b and c". */
function joinList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "MailItemsAccessed" with line-break opportunities between its words, for narrow screens. */
function BreakableName({ name }: { readonly name: string }) {
  return name.split(/(?=[A-Z])/).map((part, index) => (
    <span key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </span>
  ));
}
