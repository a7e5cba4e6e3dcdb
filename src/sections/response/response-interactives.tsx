import type { ReactNode } from 'react';
import { advisoryChecklistCopy, advisoryChecklistItems } from '@/content/sections/advisory-checklist';
import { auditLogApps, auditLogCopy, auditLogRows, watchedOperation } from '@/content/sections/audit-log';
import type { InteractiveId } from '@/content/types';
import { sources } from '@/data/sources';
import { AdvisoryChecklist } from './advisory-checklist';
import { AuditLog } from './audit-log';

/** The interactives the response chapter's copy places, bound to their copy and data. */
export const responseInteractives: Partial<Record<InteractiveId, ReactNode>> = {
  'audit-log': (
    <AuditLog
      copy={auditLogCopy}
      rows={auditLogRows}
      baseline={auditLogApps.baseline}
      watchedOperation={watchedOperation}
    />
  ),
  'advisory-checklist': (
    <AdvisoryChecklist copy={advisoryChecklistCopy} items={advisoryChecklistItems} sources={sources} />
  ),
};
