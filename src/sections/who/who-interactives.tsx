import type { ReactNode } from 'react';
import type { InteractiveId } from '@/content/types';

/** The interactives the who chapter's copy places, bound to their copy and data. */
export const whoInteractives: Partial<Record<InteractiveId, ReactNode>> = {};
