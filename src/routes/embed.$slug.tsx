import { createRoute, notFound } from '@tanstack/react-router';
import { isChapterId } from '@/data/chapter-ids';
import { loadSection } from '@/sections/registry';
import { Route as embedRoute } from './embed';

export const Route = createRoute({
  getParentRoute: () => embedRoute,
  path: '$slug',
  loader: ({ params }) => {
    if (!isChapterId(params.slug)) throw notFound();
    return loadSection(params.slug);
  },
}).lazy(() => import('./embed.$slug.lazy').then((m) => m.Route));
