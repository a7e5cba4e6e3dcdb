import type { ChapterId } from '@/content/chapter-outline';

/** Swim lanes of the timeline. Ids are published in /data/timeline.json: never rename. */
export type LaneId = 'attacker' | 'victims' | 'microsoft' | 'us-government' | 'researchers';

export type Lane = {
  readonly id: LaneId;
  /** Short label shown in the legend and the lane axis. */
  readonly label: string;
};

/** How precisely an event's date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * How sure the sources are. `confirmed`: a primary source or several
 * agreeing outlets; `reported`: one outlet or a second-hand account;
 * `disputed`: sources disagree (the record's `certaintyNote` says how).
 */
export type Certainty = 'confirmed' | 'reported' | 'disputed';

/** Who published a source, used to group the sources page. */
/** Who publishes a source, in the order the sources page groups them. */
export const publisherKinds = [
  'company',
  'government',
  'congressional',
  'foreign-government',
  'researchers',
  'press',
] as const;
export type PublisherKind = (typeof publisherKinds)[number];

export type Source = {
  /** Stable kebab-case slug, also the anchor on /sources/. */
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly kind: PublisherKind;
  /**
   * https, at a host listed in `citable-hosts.ts`, with no tracking
   * parameters. Left out only when the original page could not be located
   * (a wire story seen only in reprints); then `urlNote` says so, and the
   * source is cited by publisher, headline and date, never through a copy.
   */
  readonly url?: string;
  readonly urlNote?: string;
  /**
   * Calendar date `YYYY-MM-DD` the source was published. Month or year
   * precision, or none, only where the publisher gives no day; then
   * `publishedNote` says so.
   */
  readonly published?: string;
  /** Required when `published` is missing or not a day: what the publisher gives instead. */
  readonly publishedNote?: string;
  /** Calendar date `YYYY-MM-DD` of a later revision the site relies on, if any. */
  readonly updated?: string;
};

export type TimelineEvent = {
  /**
   * Stable slug, `YYYY-MM-DD-what-happened` (or `YYYY-MM-…`, `YYYY-…`).
   * Used in `/timeline/<id>/` and embeds: once published it never changes.
   */
  readonly id: string;
  /** Calendar date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `datePrecision`. */
  readonly date: string;
  readonly datePrecision: DatePrecision;
  readonly lane: LaneId;
  readonly title: string;
  /** One or two sentences, written for this project. */
  readonly summary: string;
  readonly certainty: Certainty;
  /** Required unless `certainty` is `confirmed`: what is uncertain or who disagrees. */
  readonly certaintyNote?: string;
  /**
   * Ids this event was published under before a correction changed its
   * date or substance. Their pages and embeds keep working and point here.
   */
  readonly formerIds?: readonly string[];
  /** Ids into `sources`; at least one. */
  readonly sourceIds: readonly string[];
  /** The chapter that tells this part of the story. */
  readonly chapter: ChapterId;
  /** Shown in the cover's timeline teaser. */
  readonly key?: boolean;
  /**
   * A turning point labelled on the chart itself, in a few words. `rank` 1
   * is kept longest: as the chart narrows, labels drop in reverse rank
   * order rather than collide.
   */
  readonly chartLabel?: { readonly text: string; readonly rank: number };
};

/** A labelled span of the story, drawn as a shaded band on the timeline. */
export type Phase = {
  readonly id: string;
  readonly label: string;
  /** A word or two, on the chart where the full label does not fit its band. */
  readonly shortLabel: string;
  /** Calendar dates `YYYY-MM-DD`, inclusive. */
  readonly start: string;
  readonly end: string;
};

/**
 * A span of time the timeline chart can show. The segments run back to
 * back (each `end` is the next `start`, calendar dates `YYYY-MM-DD`, end
 * exclusive); each gets `weight` of the chart's width, so a busy stretch
 * can be drawn wider than a quiet one. One segment means a plain linear axis.
 */
export type TimelineView = {
  /** Stable slug, also the `view` search parameter. */
  readonly id: string;
  readonly segments: readonly {
    readonly start: string;
    readonly end: string;
    readonly weight: number;
  }[];
};

/** Days from first documented access to first detection by anyone; `high` is set when sources give a range. */
export type DwellRange = {
  readonly low: number;
  readonly high?: number;
  /** True when the count rests on an approximate (month-level) start or end. */
  readonly approximate: boolean;
  /** True when the figure is a minimum ("at least"): the true span may be longer. */
  readonly openEnded?: boolean;
};

/** One end of a dwell count: what happened, when, and who says so. */
export type DwellEnd = {
  /** As readers should see it, e.g. "May 15, 2023" or "Late November 2023". */
  readonly when: string;
  readonly what: string;
};

/** A comparable espionage intrusion for the spy-game chapter. */
export type Intrusion = {
  readonly id: string;
  readonly name: string;
  /** A short label for chart rows and accessible names, e.g. "OPM". */
  readonly shortName?: string;
  readonly actor: string;
  /** The actor in a few words, for accessible names, e.g. "China-based, per Microsoft". */
  readonly shortActor?: string;
  /** The first documented unauthorized access: where every count starts. */
  readonly from: DwellEnd;
  /** The first detection by anyone (victim, vendor or outside defender): where every count ends. */
  readonly to: DwellEnd;
  /** `null` when no access-to-detection figure can be computed honestly. */
  readonly dwell: DwellRange | null;
  /**
   * Only with `dwell: null`: the figure the sources do give, which measures
   * something else, in a few words ("55 days from first exploitation to the patch").
   */
  readonly otherMeasure?: string;
  /** How the dwell figure was reached, or why there is none. */
  readonly dwellNote: string;
  readonly taken: string;
  readonly certainty: Certainty;
  readonly sourceIds: readonly string[];
  /** True for the story's own intrusion. */
  readonly isThisStory?: boolean;
};

/** A headline number for the cover. */
export type KeyFigure = {
  readonly id: string;
  /** The number as displayed, e.g. "60,000". */
  readonly value: string;
  readonly label: string;
  /** Who says so, and any disagreement. */
  readonly note: string;
  readonly sourceIds: readonly string[];
};

/** How a victim fits the who chapter's filter. */
export type VictimKind = 'agency' | 'official' | 'lawmaker' | 'other';

/**
 * An organization or person whose mail the intruders are known or reported
 * to have read. `unconfirmed`: the only account of it could not be traced to
 * a citable source, so `sourceIds` may be empty and `sourceNote` says why.
 */
export type Victim = {
  /** Stable kebab-case slug, also the card's DOM id. */
  readonly id: string;
  readonly name: string;
  readonly kind: VictimKind;
  /** Title or description, e.g. "U.S. ambassador to China". */
  readonly role: string;
  /** What is known about the intrusion into this victim's mail. */
  readonly known: string;
  /** Calendar date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) it became public. */
  readonly publicDate: string;
  readonly certainty: Certainty | 'unconfirmed';
  readonly sourceIds: readonly string[];
  /** Required when `certainty` is `unconfirmed`: why there is no source to link. */
  readonly sourceNote?: string;
  /** The timeline event that tells this victim's part, if there is one. */
  readonly eventId?: string;
};

/**
 * One party's count of something (organizations, people, emails), kept
 * beside the counts that disagree with it rather than reconciled.
 */
export type FigureClaim = {
  readonly id: string;
  /** What is counted; claims with the same measure are compared. */
  readonly measure: string;
  /** The figure as displayed, e.g. "About 25". */
  readonly value: string;
  /** What the figure covers, and its caveats. */
  readonly scope: string;
  /** Who said it. */
  readonly who: string;
  /** Calendar date the figure was given. */
  readonly date: string;
  readonly certainty: Certainty;
  readonly sourceIds: readonly string[];
};
