import type { ChapterId } from './chapter-outline';
import type { CorrectionId } from './corrections';

/**
 * Inline prose format, the one way copy carries links and notes:
 * - `[[source-id]]` a numbered note citing that source (numbered per page,
 *   in order of first use);
 * - `[label](/path/)` a link (site paths are made base-aware);
 * - `*text*` emphasis.
 */
export type ProseText = string;

export type Paragraph =
  | ProseText
  /** A paragraph that states no fact (a transition or a question), so needs no note. */
  | { readonly text: ProseText; readonly factual: false };

export type StoryMeta = {
  readonly siteName: string;
  readonly headline: string;
  readonly dek: string;
  readonly authors: readonly string[];
  /** Calendar dates `YYYY-MM-DD`. */
  readonly published: string;
  readonly updated: string;
  readonly license: string;
  readonly credit: string;
};

export type PublishingMeta = {
  readonly organization: string;
  readonly socialImageAlt: string;
};

/** The slot an interactive fills inside a chapter. */
export type InteractiveId =
  'attack-stepper' | 'victims-grid' | 'numbers-disagree' | 'audit-log' | 'advisory-checklist' | 'dwell-chart';

export type ChapterPart = {
  readonly heading: string;
  readonly paragraphs: readonly Paragraph[];
  /** Shown after the paragraphs. */
  readonly interactive?: InteractiveId;
  /** Corrections to this part (or its interactive), noted at its end. */
  readonly correctionIds?: readonly CorrectionId[];
};

/** What the navigation, the cover's cards, page titles and embeds show of a chapter. */
export type ChapterOutlineFields = {
  /** Also the path (`/who/`), the DOM id and the embed slug. Never rename. */
  readonly id: string;
  /** A word or two for the site navigation. */
  readonly navLabel: string;
  readonly title: string;
  /** One line for the cover's chapter card. */
  readonly summary: string;
};

export type ChapterOutline = ChapterOutlineFields & { readonly id: ChapterId };

export type ChapterCopy = ChapterOutline & {
  readonly dek: string;
  readonly parts: readonly ChapterPart[];
};

export type PageCopy = {
  readonly title: string;
};

/** The parts of the what chapter's attack diagram, in the order they are drawn. */
export type AttackNodeId = 'key' | 'intruders' | 'token' | 'check' | 'mailboxes' | 'alert';

/** How a diagram part looks at a step; each state also has its own text and marker, never colour alone. */
export type AttackNodeState = 'idle' | 'active' | 'warning' | 'compromised';

/** One step of the attack stepper on /what/. */
export type AttackStep = {
  /** Stable slug. */
  readonly id: string;
  /** A few words for the step list. */
  readonly short: string;
  readonly title: string;
  /** When it happened, as readers should see it ("2016", "From May 15, 2023"). */
  readonly when: string;
  /** Plain explanation; no inline notes (sources are listed under the step). */
  readonly body: readonly string[];
  /** Text alternative for the diagram state. */
  readonly diagramAlt: string;
  /** The part this step is about. */
  readonly focus: AttackNodeId;
  /** Parts not listed are idle. */
  readonly nodes: Partial<Record<AttackNodeId, { readonly state: AttackNodeState; readonly status: string }>>;
  /** Ids into `sources`. */
  readonly sourceIds: readonly string[];
  /** Ids of the matching timeline events; the first is the main one. */
  readonly eventIds: readonly string[];
};
