// Each page's meta description, for search results and link previews. Only
// the prerender writes them into <head>: the browser never shows them, so
// they are kept apart from the copy readers' scripts load (see
// site/page-meta.ts, which reads them at build time only).
import type { ChapterId } from './chapter-outline';

export const pageDescriptions = {
  cover:
    'An interactive explainer of the 2023 Storm-0558 intrusion: who was hit, how a 2016 signing key unlocked government mailboxes, how the State Department caught it, and where it fits in the spy game.',
  who: 'Who was behind the Storm-0558 intrusion, how confident Microsoft and the U.S. government are, and which agencies and officials had their email read.',
  what: 'How the Storm-0558 intrusion worked, step by step: a 2016 Microsoft signing key, forged tokens and a validation flaw that let a consumer key open enterprise email.',
  response:
    'How the State Department caught the Storm-0558 intrusion in its audit logs, what Microsoft, CISA and the Cyber Safety Review Board did next.',
  'spy-game':
    'Storm-0558 in context: how long intruders went unseen in OPM, SolarWinds, Hafnium, Midnight Blizzard, Volt Typhoon and Salt Typhoon, and what defenders can do.',
  timeline:
    'Every dated event of the Storm-0558 intrusion, from a 2016 Microsoft signing key to the 2024 Cyber Safety Review Board report, with sources.',
  sources:
    'Every source the Storm-0558 explainer cites, how the timeline was compiled, what confirmed, reported and disputed mean, and the data.',
  notFound: 'There is no page at this address. The explainer, its chapters and the full timeline are linked below.',
} as const satisfies Record<'cover' | ChapterId | 'timeline' | 'sources' | 'notFound', string>;
