import { createLazyRoute } from '@tanstack/react-router';
import { storyMeta } from '@/content/story';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { pageTitle } from '@/lib/page-title';

export const Route = createLazyRoute('/embed/$slug')({
  component: EmbedChapterPage,
});

function EmbedChapterPage() {
  const section = Route.useLoaderData();
  useDocumentTitle(pageTitle(section.copy.title, storyMeta.siteName));
  return section.render({ embedded: true });
}
