import type { ChapterCopy } from '../types';

export const spyGameCopy = {
  id: 'spy-game',
  navLabel: 'The spy game',
  title: 'The spy game: breaches and patches',
  dek: 'Storm-0558 was one move in a long contest. How long intruders stay unseen is the number defenders are trying to shrink.',
  summary: 'How Storm-0558 compares with OPM, SolarWinds, Volt Typhoon and other intrusions.',
  description:
    'Storm-0558 in context: how long intruders went unseen in OPM, SolarWinds, Hafnium, Midnight Blizzard, Volt Typhoon and Salt Typhoon, and what defenders can do.',
  parts: [],
} satisfies ChapterCopy;
