import { advisoryChecklistCopy, advisoryChecklistItems } from '@/content/sections/advisory-checklist';
import { auditLogApps, auditLogCopy, auditLogRows, watchedOperation } from '@/content/sections/audit-log';
import { responseCopy } from '@/content/sections/response';
import { sources } from '@/data/sources';
import { chapterSection } from '@/sections/chapter/chapter-section';
import { AdvisoryChecklist } from './advisory-checklist';
import { AuditLog } from './audit-log';
import { citations } from './response-interactive-sources';

/** The response chapter, with the interactives its copy places bound to their copy and data. */
export const chapter = chapterSection(responseCopy, citations, {
  'audit-log': ({ shell }) => (
    <AuditLog
      copy={auditLogCopy}
      rows={auditLogRows}
      baseline={auditLogApps.baseline}
      watchedOperation={watchedOperation}
      compact={shell === 'graphic'}
    />
  ),
  'advisory-checklist': ({ shell }) => (
    <AdvisoryChecklist
      copy={advisoryChecklistCopy}
      items={advisoryChecklistItems}
      sources={sources}
      compact={shell === 'graphic'}
    />
  ),
});
