import { corrections, type CorrectionId } from '@/content/corrections';
import type { CorrectionNote } from './correction-notes';

/** The log entries with these ids, in log order. */
export function correctionsWithIds(ids: readonly CorrectionId[] = []): CorrectionNote[] {
  return corrections.filter((entry) => (ids as readonly string[]).includes(entry.id));
}

/** The log entries that changed this timeline event. */
export function correctionsForEvent(eventId: string): CorrectionNote[] {
  return corrections.filter((entry) => 'eventIds' in entry && (entry.eventIds as readonly string[]).includes(eventId));
}
