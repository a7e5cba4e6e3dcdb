// The graphics a newsroom can embed on their own, in the order the Embed
// dialog and /data/embeds.json list them: the one list of them. Each id is
// the graphic's slug (/embed/graphics/<id>/) and, but for the timeline, the
// slot its chapter's copy places it in; a chapter binding that places an
// interactive this list does not name (or the reverse) fails the build.
import type { ChapterId } from './chapter-outline';
import type { InteractiveId } from './types';

export type GraphicId = 'timeline' | InteractiveId;

export type GraphicOutline = {
  readonly id: GraphicId;
  /** The chapter that tells its part of the story; the timeline has its own page. */
  readonly chapterId: ChapterId | 'timeline';
  /** The one-line headline the embed shows above it. */
  readonly title: string;
  /** What it shows, for the dialog, oEmbed and /data/embeds.json. */
  readonly description: string;
  /**
   * Its source line: `chart` where its chart frame has one of its own;
   * otherwise the publishers its records cite, or this text where they cite none.
   */
  readonly source?: 'chart' | string;
  /**
   * The iframe height (px) the snippet and oEmbed carry, for pages that strip
   * scripts: the graphic's first state at 700 px wide fits inside it (the
   * e2e tests measure it). embed.js and pym.js replace it with the real height.
   */
  readonly height: number;
};

export const graphics = [
  {
    id: 'timeline',
    chapterId: 'timeline',
    title: 'The Storm-0558 intrusion, event by event',
    description:
      'An interactive timeline, 2016 to 2024: every dated event by who acted, with its story and sources a click away.',
    source: 'chart',
    height: 870,
  },
  {
    id: 'attack-stepper',
    chapterId: 'what',
    title: 'How a stolen Microsoft key opened government mailboxes',
    description:
      'The attack in seven steps, from a 2016 signing key to forged tokens and read mail, with a diagram of each step.',
    height: 780,
  },
  {
    id: 'victims-grid',
    chapterId: 'who',
    title: 'Who had their email read',
    description: 'Every organization and person the sources name as a victim, with what is known of each.',
    height: 720,
  },
  {
    id: 'numbers-disagree',
    chapterId: 'who',
    title: 'The numbers that do not agree',
    description: 'How many organizations, accounts and emails were affected, as each source counts them.',
    height: 870,
  },
  {
    id: 'audit-log',
    chapterId: 'response',
    title: 'What defenders could see in their logs',
    description: 'The same mail access as it shows in a standard audit log and in the premium one that caught it.',
    source: 'A reconstruction: invented records in the shape of Microsoft’s audit log.',
    height: 730,
  },
  {
    id: 'advisory-checklist',
    chapterId: 'response',
    title: 'What the CISA and FBI advisory asked organizations to do',
    description: 'The advisory’s steps for finding this kind of intrusion, as a checklist.',
    height: 770,
  },
  {
    id: 'dwell-chart',
    chapterId: 'spy-game',
    title: 'How long intruders went unseen',
    description:
      'Storm-0558 beside OPM, SolarWinds, Hafnium, Midnight Blizzard, Volt Typhoon and Salt Typhoon, by how long each went undetected.',
    source: 'chart',
    height: 860,
  },
] as const satisfies readonly GraphicOutline[];

export const graphicIds: readonly GraphicId[] = graphics.map((graphic) => graphic.id);

export function isGraphicId(value: unknown): value is GraphicId {
  return graphicIds.some((id) => id === value);
}

export function findGraphic(id: GraphicId): GraphicOutline {
  const graphic = graphics.find((candidate) => candidate.id === id);
  if (!graphic) throw new Error(`No graphic ${id}`);
  return graphic;
}

/** A graphic one of the chapters places (every graphic but the timeline), by its slug. */
export type ChapterGraphic = Extract<(typeof graphics)[number], { readonly chapterId: ChapterId }>;

export function chapterGraphic(id: unknown): ChapterGraphic | undefined {
  return graphics.find((graphic): graphic is ChapterGraphic => graphic.id === id && graphic.chapterId !== 'timeline');
}

/** A chapter's graphics, in the order above. */
export function graphicsOf(chapterId: ChapterId | 'timeline'): readonly GraphicOutline[] {
  return graphics.filter((graphic) => graphic.chapterId === chapterId);
}
