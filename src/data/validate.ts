// One check for every record the site publishes. The build runs it and
// stops on the first bad dataset, naming each bad record.
import { parseCalendarDate, precisionOf } from '@/lib/calendar-date';
import { isChapterId } from './chapter-ids';
import type {
  Certainty,
  Intrusion,
  KeyFigure,
  Lane,
  Phase,
  Source,
  TimelineEvent,
} from './types';

export type StoryData = {
  readonly lanes: readonly Lane[];
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
  readonly phases: readonly Phase[];
  readonly intrusions: readonly Intrusion[];
  readonly keyFigures: readonly KeyFigure[];
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CERTAINTIES: readonly Certainty[] = ['confirmed', 'reported', 'disputed'];

/** Returns one message per problem; an empty list means the data is sound. */
export function validateStoryData(data: StoryData): string[] {
  const errors: string[] = [];
  const sourceIds = checkSources(data.sources, errors);
  checkEvents(data, sourceIds, errors);
  checkPhases(data.phases, errors);
  for (const intrusion of data.intrusions) {
    checkRefs(`Intrusion "${intrusion.id}"`, intrusion.sourceIds, sourceIds, errors);
  }
  for (const figure of data.keyFigures) {
    checkRefs(`Key figure "${figure.id}"`, figure.sourceIds, sourceIds, errors);
  }
  return errors;
}

/** Throws one error listing every problem, for the build. */
export function assertValidStoryData(data: StoryData): void {
  const errors = validateStoryData(data);
  if (errors.length > 0) {
    throw new Error(
      `Invalid story data (${errors.length}):\n- ${errors.join('\n- ')}`,
    );
  }
}

function checkSources(sources: readonly Source[], errors: string[]) {
  const ids = new Set<string>();
  for (const source of sources) {
    const name = `Source "${source.id}"`;
    if (ids.has(source.id)) errors.push(`${name}: duplicate id`);
    ids.add(source.id);
    if (!SLUG.test(source.id)) errors.push(`${name}: id is not a kebab-case slug`);
    if (!isHttps(source.url)) errors.push(`${name}: url "${source.url}" is not https`);
    if (!parseCalendarDate(source.published)) {
      errors.push(`${name}: published "${source.published}" is not an ISO date`);
    }
  }
  return ids;
}

function checkEvents(data: StoryData, sourceIds: Set<string>, errors: string[]) {
  const laneIds = new Set(data.lanes.map((lane) => lane.id as string));
  const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
  const ids = new Set<string>();
  let previous: TimelineEvent | undefined;
  for (const event of data.events) {
    const name = `Event "${event.id}"`;
    if (ids.has(event.id)) errors.push(`${name}: duplicate id`);
    ids.add(event.id);
    if (!SLUG.test(event.id)) errors.push(`${name}: id is not a kebab-case slug`);
    const precision = precisionOf(event.date);
    if (!precision) {
      errors.push(`${name}: date "${event.date}" is not an ISO calendar date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    } else if (precision !== event.datePrecision) {
      errors.push(`${name}: date "${event.date}" does not match datePrecision "${event.datePrecision}"`);
    }
    if (previous && event.date < previous.date) {
      errors.push(`${name}: date ${event.date} is out of order (comes after "${previous.id}", ${previous.date})`);
    }
    previous = event;
    if (!laneIds.has(event.lane)) errors.push(`${name}: unknown lane "${event.lane}"`);
    if (!CERTAINTIES.includes(event.certainty)) {
      errors.push(`${name}: unknown certainty "${event.certainty}"`);
    }
    if (event.certainty !== 'confirmed' && !event.certaintyNote?.trim()) {
      errors.push(`${name}: certainty "${event.certainty}" needs a certaintyNote saying what disagrees`);
    }
    if (!isChapterId(event.chapter)) errors.push(`${name}: unknown chapter "${event.chapter}"`);
    if (!event.title.trim()) errors.push(`${name}: missing title`);
    if (!event.summary.trim()) errors.push(`${name}: missing summary`);
    if (event.sourceIds.length === 0) errors.push(`${name}: missing source`);
    checkRefs(name, event.sourceIds, sourceIds, errors);
    const https = event.sourceIds.some((id) => isHttps(sourcesById.get(id)?.url ?? ''));
    if (event.sourceIds.length > 0 && !https) errors.push(`${name}: no https source`);
  }
}

function checkPhases(phases: readonly Phase[], errors: string[]) {
  for (const phase of phases) {
    const name = `Phase "${phase.id}"`;
    if (precisionOf(phase.start) !== 'day' || precisionOf(phase.end) !== 'day') {
      errors.push(`${name}: start and end must be YYYY-MM-DD`);
    } else if (phase.end < phase.start) {
      errors.push(`${name}: ends before it starts`);
    }
  }
}

function checkRefs(
  name: string,
  refs: readonly string[],
  known: Set<string>,
  errors: string[],
) {
  for (const ref of refs) {
    if (!known.has(ref)) errors.push(`${name}: unknown source "${ref}"`);
  }
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
