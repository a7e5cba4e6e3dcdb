// One check for every record the site publishes. The build runs it and
// stops, naming each bad record. Copy records that cite sources or events
// (attack steps, checklist items, chapter notes) come in as `citations`,
// so this module stays free of the copy's types.
import { parseCalendarDate, precisionOf } from '@/lib/calendar-date';
import { isCitableUrl } from './citable-hosts';
import type {
  Certainty,
  FigureClaim,
  Intrusion,
  KeyFigure,
  Lane,
  Phase,
  PublisherKind,
  Source,
  TimelineEvent,
  Victim,
} from './types';

/** A copy record that cites sources or timeline events, named for messages. */
export type Citation = {
  /** How the build names it, e.g. `Attack step "flaw"`. */
  readonly name: string;
  readonly sourceIds: readonly string[];
  readonly eventIds?: readonly string[];
  /** True when the record must cite at least one source. */
  readonly needsSource?: boolean;
};

export type StoryData = {
  /** The story's chapters, which events belong to. */
  readonly chapterIds: readonly string[];
  readonly lanes: readonly Lane[];
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
  readonly phases: readonly Phase[];
  readonly intrusions: readonly Intrusion[];
  readonly keyFigures: readonly KeyFigure[];
  readonly victims?: readonly Victim[];
  readonly figureClaims?: readonly FigureClaim[];
  readonly citations?: readonly Citation[];
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CERTAINTIES: readonly Certainty[] = ['confirmed', 'reported', 'disputed'];
const KINDS: readonly PublisherKind[] = [
  'company',
  'government',
  'congressional',
  'foreign-government',
  'researchers',
  'press',
];
const VICTIM_KINDS: readonly string[] = ['agency', 'official', 'lawmaker', 'other'];
/** Query parameters that only track who sent a reader, never part of a citation. */
const TRACKING = /^(utm_.*|ref|ref_src|oref|reflink|st|fbclid|gclid|mc_cid|mc_eid|cmpid|smid|share)$/i;

/** Returns one message per problem; an empty list means the data is sound. */
export function validateStoryData(data: StoryData): string[] {
  const errors: string[] = [];
  const sourceIds = checkSources(data.sources, errors);
  const eventIds = checkEvents(data, sourceIds, errors);
  checkLanes(data.lanes, errors);
  checkPhases(data.phases, errors);
  checkIntrusions(data.intrusions, sourceIds, errors);
  for (const figure of data.keyFigures) {
    const name = `Key figure "${figure.id}"`;
    if (!figure.value.trim() || !figure.label.trim()) errors.push(`${name}: missing value or label`);
    requireRefs(name, figure.sourceIds, sourceIds, errors);
  }
  checkVictims(data.victims ?? [], sourceIds, eventIds, errors);
  checkFigureClaims(data.figureClaims ?? [], sourceIds, errors);
  for (const citation of data.citations ?? []) {
    if (citation.needsSource) requireRefs(citation.name, citation.sourceIds, sourceIds, errors);
    else checkRefs(citation.name, citation.sourceIds, sourceIds, errors);
    for (const id of citation.eventIds ?? []) {
      if (!eventIds.has(id)) errors.push(`${citation.name}: unknown timeline event "${id}"`);
    }
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
    if (!source.title.trim()) errors.push(`${name}: missing title`);
    if (!source.publisher.trim()) errors.push(`${name}: missing publisher`);
    if (!KINDS.includes(source.kind)) errors.push(`${name}: unknown kind "${source.kind}"`);
    if (source.url !== undefined) checkUrl(name, source.url, errors);
    else if (!source.urlNote?.trim()) errors.push(`${name}: needs a url, or a urlNote saying why the original cannot be linked`);
    if (source.published !== undefined && !parseCalendarDate(source.published)) {
      errors.push(`${name}: published "${source.published}" is not an ISO date`);
    } else if (
      (source.published === undefined || precisionOf(source.published) !== 'day') &&
      !source.publishedNote?.trim()
    ) {
      errors.push(`${name}: published needs a day (YYYY-MM-DD), or a publishedNote saying why the publisher gives none`);
    }
    if (source.updated !== undefined && precisionOf(source.updated) !== 'day') {
      errors.push(`${name}: updated "${source.updated}" is not YYYY-MM-DD`);
    }
  }
  return ids;
}

function checkUrl(name: string, raw: string, errors: string[]) {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    errors.push(`${name}: url "${raw}" is not a URL`);
    return;
  }
  if (url.protocol !== 'https:') errors.push(`${name}: url "${raw}" is not https`);
  if (!isCitableUrl(url)) {
    errors.push(`${name}: host "${url.hostname}" is not on the list of citable publishers (data/citable-hosts.ts)`);
  }
  for (const key of url.searchParams.keys()) {
    if (TRACKING.test(key)) errors.push(`${name}: url carries the tracking parameter "${key}"`);
  }
}

function checkEvents(data: StoryData, sourceIds: Set<string>, errors: string[]) {
  const laneIds = new Set(data.lanes.map((lane) => lane.id as string));
  const ids = new Set<string>();
  const formerIds = new Set<string>();
  const chartLabelRanks = new Set<number>();
  let previous: TimelineEvent | undefined;
  for (const event of data.events) {
    const name = `Event "${event.id}"`;
    if (ids.has(event.id) || formerIds.has(event.id)) errors.push(`${name}: duplicate id`);
    ids.add(event.id);
    if (!SLUG.test(event.id)) errors.push(`${name}: id is not a kebab-case slug`);
    for (const former of event.formerIds ?? []) {
      if (ids.has(former) || formerIds.has(former) || !SLUG.test(former)) {
        errors.push(`${name}: former id "${former}" is not a unique slug`);
      }
      formerIds.add(former);
    }
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
    checkCertainty(name, event.certainty, errors);
    if (event.certainty !== 'confirmed' && !event.certaintyNote?.trim()) {
      errors.push(`${name}: certainty "${event.certainty}" needs a certaintyNote saying what disagrees`);
    }
    if (!data.chapterIds.includes(event.chapter)) errors.push(`${name}: unknown chapter "${event.chapter}"`);
    if (!event.title.trim()) errors.push(`${name}: missing title`);
    if (!event.summary.trim()) errors.push(`${name}: missing summary`);
    requireRefs(name, event.sourceIds, sourceIds, errors);
    if (event.chartLabel) checkChartLabel(name, event.chartLabel, chartLabelRanks, errors);
  }
  for (const former of formerIds) {
    if (ids.has(former)) errors.push(`Event "${former}": used both as an id and as a former id`);
  }
  return ids;
}

/** Longest label the chart can set above a mark. */
const CHART_LABEL_MAX = 22;

function checkChartLabel(name: string, label: NonNullable<TimelineEvent['chartLabel']>, ranks: Set<number>, errors: string[]) {
  if (!label.text.trim() || label.text.length > CHART_LABEL_MAX) {
    errors.push(`${name}: chart label must be 1 to ${CHART_LABEL_MAX} characters`);
  }
  if (!Number.isInteger(label.rank) || label.rank < 1 || ranks.has(label.rank)) {
    errors.push(`${name}: chart label rank ${label.rank} must be a whole number from 1, used once`);
  }
  ranks.add(label.rank);
}

function checkLanes(lanes: readonly Lane[], errors: string[]) {
  for (const lane of lanes) {
    if (!lane.label.trim()) errors.push(`Lane "${lane.id}": missing label`);
  }
}

function checkPhases(phases: readonly Phase[], errors: string[]) {
  let previous: Phase | undefined;
  for (const phase of phases) {
    const name = `Phase "${phase.id}"`;
    if (!phase.label.trim()) errors.push(`${name}: missing label`);
    if (!phase.shortLabel.trim() || phase.shortLabel.length > phase.label.length) {
      errors.push(`${name}: needs a short label no longer than its label`);
    }
    if (precisionOf(phase.start) !== 'day' || precisionOf(phase.end) !== 'day') {
      errors.push(`${name}: start and end must be YYYY-MM-DD`);
      continue;
    }
    if (phase.end < phase.start) errors.push(`${name}: ends before it starts`);
    if (previous && phase.start <= previous.end) {
      errors.push(`${name}: overlaps "${previous.id}", or comes before it`);
    }
    previous = phase;
  }
}

function checkIntrusions(intrusions: readonly Intrusion[], sourceIds: Set<string>, errors: string[]) {
  for (const intrusion of intrusions) {
    const name = `Intrusion "${intrusion.id}"`;
    requireRefs(name, intrusion.sourceIds, sourceIds, errors);
    checkCertainty(name, intrusion.certainty, errors);
    if (!intrusion.from.when.trim() || !intrusion.to.when.trim()) {
      errors.push(`${name}: needs both ends of the count (from and to)`);
    }
    if (!intrusion.dwellNote.trim()) errors.push(`${name}: missing dwellNote`);
    const { dwell } = intrusion;
    if (dwell) {
      if (!(dwell.low > 0) || (dwell.high !== undefined && dwell.high < dwell.low)) {
        errors.push(`${name}: dwell must be positive, with high at least low`);
      }
      if (intrusion.otherMeasure) errors.push(`${name}: otherMeasure is only for rows without a dwell figure`);
    }
  }
}

function checkVictims(
  victims: readonly Victim[],
  sourceIds: Set<string>,
  eventIds: Set<string>,
  errors: string[],
) {
  const ids = new Set<string>();
  for (const victim of victims) {
    const name = `Victim "${victim.id}"`;
    if (ids.has(victim.id)) errors.push(`${name}: duplicate id`);
    ids.add(victim.id);
    if (!SLUG.test(victim.id)) errors.push(`${name}: id is not a kebab-case slug`);
    if (!victim.name.trim() || !victim.known.trim()) errors.push(`${name}: missing name or what is known`);
    if (!VICTIM_KINDS.includes(victim.kind)) errors.push(`${name}: unknown kind "${victim.kind}"`);
    if (!parseCalendarDate(victim.publicDate)) errors.push(`${name}: publicDate "${victim.publicDate}" is not an ISO date`);
    if (victim.certainty === 'unconfirmed') {
      if (!victim.sourceNote?.trim()) errors.push(`${name}: unconfirmed needs a sourceNote saying why there is no source`);
      checkRefs(name, victim.sourceIds, sourceIds, errors);
    } else {
      checkCertainty(name, victim.certainty, errors);
      requireRefs(name, victim.sourceIds, sourceIds, errors);
    }
    if (victim.eventId !== undefined && !eventIds.has(victim.eventId)) {
      errors.push(`${name}: unknown timeline event "${victim.eventId}"`);
    }
  }
}

function checkFigureClaims(claims: readonly FigureClaim[], sourceIds: Set<string>, errors: string[]) {
  const ids = new Set<string>();
  for (const claim of claims) {
    const name = `Figure claim "${claim.id}"`;
    if (ids.has(claim.id)) errors.push(`${name}: duplicate id`);
    ids.add(claim.id);
    if (!claim.measure.trim() || !claim.value.trim() || !claim.who.trim()) {
      errors.push(`${name}: missing measure, value or who`);
    }
    if (!parseCalendarDate(claim.date)) errors.push(`${name}: date "${claim.date}" is not an ISO date`);
    checkCertainty(name, claim.certainty, errors);
    requireRefs(name, claim.sourceIds, sourceIds, errors);
  }
}

function checkCertainty(name: string, certainty: string, errors: string[]) {
  if (!(CERTAINTIES as readonly string[]).includes(certainty)) {
    errors.push(`${name}: unknown certainty "${certainty}"`);
  }
}

/** At least one source, and every one known. */
function requireRefs(name: string, refs: readonly string[], known: Set<string>, errors: string[]) {
  if (refs.length === 0) errors.push(`${name}: missing source`);
  checkRefs(name, refs, known, errors);
}

function checkRefs(name: string, refs: readonly string[], known: Set<string>, errors: string[]) {
  for (const ref of refs) {
    if (!known.has(ref)) errors.push(`${name}: unknown source "${ref}"`);
  }
}
