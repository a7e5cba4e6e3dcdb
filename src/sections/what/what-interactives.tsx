import type { ReactNode } from 'react';
import type { InteractiveId } from '@/content/types';

/** The interactives the what chapter's copy places, bound to their copy and data. */
export const whatInteractives: Partial<Record<InteractiveId, ReactNode>> = {};
