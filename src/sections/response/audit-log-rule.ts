// Pure logic of the "What the defenders could see" illustration: which
// rows each audit tier shows, and which rows the detection rule flags.
import type { AuditLogRow, AuditTier } from '@/content/sections/audit-log';

/** The rows a customer on `tier` could see: premium shows everything. */
export function visibleRows<R extends AuditLogRow>(rows: readonly R[], tier: AuditTier): R[] {
  return tier === 'premium' ? [...rows] : rows.filter((row) => row.tier === 'standard');
}

/**
 * The detection rule, after the State Department's: a record of the watched
 * operation made by an application id outside the organization's baseline.
 */
export function flaggedRowIds(
  rows: readonly AuditLogRow[],
  baselineAppIds: readonly string[],
  watchedOperation: string,
): Set<string> {
  const known = new Set(baselineAppIds);
  return new Set(
    rows.filter((row) => row.operation === watchedOperation && !known.has(row.appId)).map((row) => row.id),
  );
}
