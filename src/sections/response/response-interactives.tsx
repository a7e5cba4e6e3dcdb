import type { ReactNode } from 'react';
import type { InteractiveId } from '@/content/types';

/** The interactives the response chapter's copy places, bound to their copy and data. */
export const responseInteractives: Partial<Record<InteractiveId, ReactNode>> = {};
