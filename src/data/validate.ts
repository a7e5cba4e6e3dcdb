// One check for every record the site publishes. The build runs it and
// stops, naming each bad record. Copy records that cite sources or events
// (attack steps, checklist items, chapter notes) come in as `citations`,
// so this module stays free of the copy's types.
import { parseCalendarDate, precisionOf } from '@/lib/calendar-date';
import { isCitableUrl } from './citable-hosts';
import {
  publisherKinds,
  type Certainty,
  type FigureClaim,
  type Intrusion,
  type KeyFigure,
  type Lane,
  type Phase,
  type Source,
  type TimelineEvent,
  type Victim,
} from './types';

/**
 * A copy record that cites sources or timeline events, or has text that is
 * published as a heading, link or label, named for messages.
 */
export type Citation = {
  /** How the build names it, e.g. `Attack step "flaw"`. */
  readonly name: string;
  /** The file it is written in, e.g. `src/content/sections/attack-steps.ts`. */
  readonly file: string;
  readonly sourceIds: readonly string[];
  readonly eventIds?: readonly string[];
  /** True when the record must cite at least one source. */
  readonly needsSource?: boolean;
  /** Text published as a heading, link or label, by field name: none may be blank. */
  readonly texts?: Readonly<Record<string, string>>;
  /** True when the text is not rendered as prose, so a `[[source-id]]` in it would show as it is. */
  readonly notesShownAsText?: boolean;
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

/** Where each dataset is written, so that every message names the file to fix. */
export const DATA_FILES = {
  lanes: 'src/data/lanes.ts',
  sources: 'src/data/sources.ts',
  events: 'src/data/timeline-events.ts',
  phases: 'src/data/phases.ts',
  intrusions: 'src/data/intrusions.ts',
  keyFigures: 'src/data/key-figures.ts',
  victims: 'src/data/victims.ts',
  figureClaims: 'src/data/figures-that-disagree.ts',
} as const satisfies Partial<Record<keyof StoryData, string>>;

/** Records one problem, in the file its check is about. */
type Report = (message: string) => void;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CERTAINTIES: readonly Certainty[] = ['confirmed', 'reported', 'disputed'];
const VICTIM_KINDS: readonly string[] = ['agency', 'official', 'lawmaker', 'other'];
/** Query parameters that only track who sent a reader, never part of a citation. */
const TRACKING = /^(utm_.*|ref|ref_src|oref|reflink|st|fbclid|gclid|mc_cid|mc_eid|cmpid|smid|share)$/i;

/** Returns one message per problem, each `<file>: <record>: <problem>`; an empty list means the data is sound. */
export function validateStoryData(data: StoryData): string[] {
  const errors: string[] = [];
  const inFile =
    (file: string): Report =>
    (message) =>
      errors.push(`${file}: ${message}`);
  const sourceIds = checkSources(data.sources, inFile(DATA_FILES.sources));
  const lanesUnique = checkLanes(data.lanes, inFile(DATA_FILES.lanes));
  const eventIds = checkEvents(data, sourceIds, lanesUnique, inFile(DATA_FILES.events));
  checkPhases(data.phases, inFile(DATA_FILES.phases));
  checkIntrusions(data.intrusions, sourceIds, inFile(DATA_FILES.intrusions));
  for (const figure of data.keyFigures) {
    const report = inFile(DATA_FILES.keyFigures);
    const name = `Key figure "${figure.id}"`;
    if (!figure.value.trim() || !figure.label.trim()) report(`${name}: missing value or label`);
    requireRefs(name, figure.sourceIds, sourceIds, report);
  }
  checkVictims(data.victims ?? [], sourceIds, eventIds, inFile(DATA_FILES.victims));
  checkFigureClaims(data.figureClaims ?? [], sourceIds, inFile(DATA_FILES.figureClaims));
  for (const citation of data.citations ?? []) checkCitation(citation, sourceIds, eventIds, inFile(citation.file));
  return errors;
}

/** Throws one error listing every problem, for the build. */
export function assertValidStoryData(data: StoryData): void {
  const errors = validateStoryData(data);
  if (errors.length > 0) {
    throw new Error(`Invalid story data (${errors.length}):\n- ${errors.join('\n- ')}`);
  }
}

function checkSources(sources: readonly Source[], report: Report) {
  const ids = new Set<string>();
  for (const source of sources) {
    const name = `Source "${source.id}"`;
    if (ids.has(source.id)) report(`${name}: duplicate id`);
    ids.add(source.id);
    if (!SLUG.test(source.id)) report(`${name}: id is not a kebab-case slug`);
    if (!source.title.trim()) report(`${name}: missing title`);
    if (!source.publisher.trim()) report(`${name}: missing publisher`);
    if (!publisherKinds.includes(source.kind)) report(`${name}: unknown kind "${source.kind}"`);
    if (source.url !== undefined) checkUrl(name, source.url, report);
    else if (!source.urlNote?.trim())
      report(`${name}: needs a url, or a urlNote saying why the original cannot be linked`);
    if (source.published !== undefined && !parseCalendarDate(source.published)) {
      report(`${name}: published "${source.published}" is not an ISO date`);
    } else if (
      (source.published === undefined || precisionOf(source.published) !== 'day') &&
      !source.publishedNote?.trim()
    ) {
      report(`${name}: published needs a day (YYYY-MM-DD), or a publishedNote saying why the publisher gives none`);
    }
    if (source.updated !== undefined && precisionOf(source.updated) !== 'day') {
      report(`${name}: updated "${source.updated}" is not YYYY-MM-DD`);
    }
  }
  return ids;
}

function checkUrl(name: string, raw: string, report: Report) {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    report(`${name}: url "${raw}" is not a URL`);
    return;
  }
  if (url.protocol !== 'https:') report(`${name}: url "${raw}" is not https`);
  if (!isCitableUrl(url)) {
    report(`${name}: host "${url.hostname}" is not on the list of citable publishers (data/citable-hosts.ts)`);
  }
  for (const key of url.searchParams.keys()) {
    if (TRACKING.test(key)) report(`${name}: url carries the tracking parameter "${key}"`);
  }
}

/** `lanesUnique` false: lanes.ts itself is wrong, so events are not blamed for lanes it lost. */
function checkEvents(data: StoryData, sourceIds: Set<string>, lanesUnique: boolean, report: Report) {
  const laneIds = new Set(data.lanes.map((lane) => lane.id as string));
  const ids = new Set<string>();
  const formerIds = new Set<string>();
  const chartLabelRanks = new Set<number>();
  let previous: TimelineEvent | undefined;
  for (const event of data.events) {
    const name = `Event "${event.id}"`;
    if (ids.has(event.id) || formerIds.has(event.id)) report(`${name}: duplicate id`);
    ids.add(event.id);
    if (!SLUG.test(event.id)) report(`${name}: id is not a kebab-case slug`);
    for (const former of event.formerIds ?? []) {
      if (ids.has(former) || formerIds.has(former) || !SLUG.test(former)) {
        report(`${name}: former id "${former}" is not a unique slug`);
      }
      formerIds.add(former);
    }
    const precision = precisionOf(event.date);
    if (!precision) {
      report(`${name}: date "${event.date}" is not an ISO calendar date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    } else if (precision !== event.datePrecision) {
      report(`${name}: date "${event.date}" does not match datePrecision "${event.datePrecision}"`);
    }
    if (previous && event.date < previous.date) {
      report(`${name}: date ${event.date} is out of order (comes after "${previous.id}", ${previous.date})`);
    }
    previous = event;
    if (lanesUnique && !laneIds.has(event.lane)) report(`${name}: unknown lane "${event.lane}"`);
    checkCertainty(name, event.certainty, report);
    if (event.certainty !== 'confirmed' && !event.certaintyNote?.trim()) {
      report(`${name}: certainty "${event.certainty}" needs a certaintyNote saying what disagrees`);
    }
    if (!data.chapterIds.includes(event.chapter)) report(`${name}: unknown chapter "${event.chapter}"`);
    if (!event.title.trim()) report(`${name}: missing title`);
    if (!event.summary.trim()) report(`${name}: missing summary`);
    requireRefs(name, event.sourceIds, sourceIds, report);
    if (event.chartLabel) checkChartLabel(name, event.chartLabel, chartLabelRanks, report);
  }
  for (const former of formerIds) {
    if (ids.has(former)) report(`Event "${former}": used both as an id and as a former id`);
  }
  return ids;
}

/** Longest label the chart can set above a mark. */
const CHART_LABEL_MAX = 22;

function checkChartLabel(
  name: string,
  label: NonNullable<TimelineEvent['chartLabel']>,
  ranks: Set<number>,
  report: Report,
) {
  if (!label.text.trim() || label.text.length > CHART_LABEL_MAX) {
    report(`${name}: chart label must be 1 to ${CHART_LABEL_MAX} characters`);
  }
  if (!Number.isInteger(label.rank) || label.rank < 1 || ranks.has(label.rank)) {
    report(`${name}: chart label rank ${label.rank} must be a whole number from 1, used once`);
  }
  ranks.add(label.rank);
}

/** True when every lane id is used once. */
function checkLanes(lanes: readonly Lane[], report: Report): boolean {
  const ids = new Set<string>();
  let unique = true;
  for (const lane of lanes) {
    const name = `Lane "${lane.id}"`;
    if (ids.has(lane.id)) {
      report(`${name}: duplicate id (events' lanes are checked once every lane id is unique)`);
      unique = false;
    }
    ids.add(lane.id);
    if (!lane.label.trim()) report(`${name}: missing label`);
  }
  return unique;
}

function checkPhases(phases: readonly Phase[], report: Report) {
  const ids = new Set<string>();
  let previous: Phase | undefined;
  for (const phase of phases) {
    const name = `Phase "${phase.id}"`;
    if (ids.has(phase.id)) report(`${name}: duplicate id`);
    ids.add(phase.id);
    if (!phase.label.trim()) report(`${name}: missing label`);
    if (!phase.shortLabel.trim() || phase.shortLabel.length > phase.label.length) {
      report(`${name}: needs a short label no longer than its label`);
    }
    if (precisionOf(phase.start) !== 'day' || precisionOf(phase.end) !== 'day') {
      report(`${name}: start and end must be YYYY-MM-DD`);
      continue;
    }
    if (phase.end < phase.start) report(`${name}: ends before it starts`);
    if (previous && phase.start < previous.start) {
      report(
        `${name}: starts ${phase.start}, before "${previous.id}" (${previous.start}), which comes first in the list`,
      );
    } else if (previous && phase.start <= previous.end) {
      report(
        `${name}: overlaps "${previous.id}": starts ${phase.start}, on or before "${previous.id}" ends (${previous.end})`,
      );
    }
    previous = phase;
  }
}

function checkIntrusions(intrusions: readonly Intrusion[], sourceIds: Set<string>, report: Report) {
  for (const intrusion of intrusions) {
    const name = `Intrusion "${intrusion.id}"`;
    if (!intrusion.name.trim()) report(`${name}: missing name`);
    if (intrusion.shortName !== undefined && !intrusion.shortName.trim()) report(`${name}: shortName is blank`);
    requireRefs(name, intrusion.sourceIds, sourceIds, report);
    checkCertainty(name, intrusion.certainty, report);
    if (!intrusion.from.when.trim() || !intrusion.to.when.trim()) {
      report(`${name}: needs both ends of the count (from and to)`);
    }
    if (!intrusion.dwellNote.trim()) report(`${name}: missing dwellNote`);
    const { dwell } = intrusion;
    if (dwell) {
      if (!(dwell.low > 0) || (dwell.high !== undefined && dwell.high < dwell.low)) {
        report(`${name}: dwell must be positive, with high at least low`);
      }
      if (intrusion.otherMeasure) report(`${name}: otherMeasure is only for rows without a dwell figure`);
    }
  }
}

function checkVictims(victims: readonly Victim[], sourceIds: Set<string>, eventIds: Set<string>, report: Report) {
  const ids = new Set<string>();
  for (const victim of victims) {
    const name = `Victim "${victim.id}"`;
    if (ids.has(victim.id)) report(`${name}: duplicate id`);
    ids.add(victim.id);
    if (!SLUG.test(victim.id)) report(`${name}: id is not a kebab-case slug`);
    if (!victim.name.trim() || !victim.known.trim()) report(`${name}: missing name or what is known`);
    if (!VICTIM_KINDS.includes(victim.kind)) report(`${name}: unknown kind "${victim.kind}"`);
    if (!parseCalendarDate(victim.publicDate)) report(`${name}: publicDate "${victim.publicDate}" is not an ISO date`);
    if (victim.certainty === 'unconfirmed') {
      if (!victim.sourceNote?.trim()) report(`${name}: unconfirmed needs a sourceNote saying why there is no source`);
      checkRefs(name, victim.sourceIds, sourceIds, report);
    } else {
      checkCertainty(name, victim.certainty, report);
      requireRefs(name, victim.sourceIds, sourceIds, report);
    }
    if (victim.eventId !== undefined && !eventIds.has(victim.eventId)) {
      report(`${name}: unknown timeline event "${victim.eventId}"`);
    }
  }
}

function checkFigureClaims(claims: readonly FigureClaim[], sourceIds: Set<string>, report: Report) {
  const ids = new Set<string>();
  for (const claim of claims) {
    const name = `Figure claim "${claim.id}"`;
    if (ids.has(claim.id)) report(`${name}: duplicate id`);
    ids.add(claim.id);
    if (!claim.measure.trim() || !claim.value.trim() || !claim.who.trim()) {
      report(`${name}: missing measure, value or who`);
    }
    if (!parseCalendarDate(claim.date)) report(`${name}: date "${claim.date}" is not an ISO date`);
    checkCertainty(name, claim.certainty, report);
    requireRefs(name, claim.sourceIds, sourceIds, report);
  }
}

function checkCitation(citation: Citation, sourceIds: Set<string>, eventIds: Set<string>, report: Report) {
  const { name } = citation;
  if (citation.needsSource) requireRefs(name, citation.sourceIds, sourceIds, report);
  else checkRefs(name, citation.sourceIds, sourceIds, report);
  for (const id of citation.eventIds ?? []) {
    if (!eventIds.has(id)) report(`${name}: unknown timeline event "${id}"`);
  }
  for (const [field, text] of Object.entries(citation.texts ?? {})) {
    if (!text.trim()) report(`${name}: missing ${field}`);
  }
  if (citation.notesShownAsText && citation.sourceIds.length > 0) {
    report(`${name}: notes ([[source-id]]) work only in chapter paragraphs; here they would be printed as they are`);
  }
}

function checkCertainty(name: string, certainty: string, report: Report) {
  if (!(CERTAINTIES as readonly string[]).includes(certainty)) {
    report(`${name}: unknown certainty "${certainty}"`);
  }
}

/** At least one source, and every one known. */
function requireRefs(name: string, refs: readonly string[], known: Set<string>, report: Report) {
  if (refs.length === 0) report(`${name}: missing source`);
  checkRefs(name, refs, known, report);
}

function checkRefs(name: string, refs: readonly string[], known: Set<string>, report: Report) {
  for (const ref of refs) {
    if (!known.has(ref)) report(`${name}: unknown source "${ref}"`);
  }
}
