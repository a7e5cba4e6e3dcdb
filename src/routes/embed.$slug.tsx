import { createRoute, notFound } from '@tanstack/react-router';
import { findSection } from '@/sections/registry';
import { Route as embedRoute } from './embed';

export const Route = createRoute({
  getParentRoute: () => embedRoute,
  path: '$slug',
  loader: ({ params }) => {
    if (!findSection(params.slug)?.embeddable) throw notFound();
  },
  component: EmbedChapterPage,
});

function EmbedChapterPage() {
  const { slug } = Route.useParams();
  return findSection(slug)?.render({ embedded: true }) ?? null;
}
