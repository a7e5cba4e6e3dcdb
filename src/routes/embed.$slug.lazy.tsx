import { createLazyRoute } from '@tanstack/react-router';
import { storyMeta } from '@/content/story';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { pageTitle } from '@/lib/page-title';
import { findSection } from '@/sections/registry';

export const Route = createLazyRoute('/embed/$slug')({
  component: EmbedChapterPage,
});

function EmbedChapterPage() {
  const { slug } = Route.useParams();
  const section = findSection(slug);
  useDocumentTitle(pageTitle(section?.copy.title ?? slug, storyMeta.siteName));
  return section?.render({ embedded: true }) ?? null;
}
