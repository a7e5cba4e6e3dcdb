import type { ReactNode } from 'react';
import type { InteractiveId } from '@/content/types';

/** The interactives the spy-game chapter's copy places, bound to their copy and data. */
export const spyGameInteractives: Partial<Record<InteractiveId, ReactNode>> = {};
