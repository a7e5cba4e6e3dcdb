import { storyMeta } from '@/content/story';
import type { ChapterId } from '@/data/types';
import { EmbedButton } from '@/embed/embed-button';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { pageTitle } from '@/lib/page-title';
import { ChapterNavigation, findSection } from '@/sections/registry';

export function ChapterPage({ id }: { readonly id: ChapterId }) {
  const section = findSection(id);
  useDocumentTitle(pageTitle(section?.copy.title ?? id, storyMeta.siteName));
  if (!section) return null;
  return (
    <>
      {section.render({ embedded: false })}
      <EmbedButton slug={id} />
      <ChapterNavigation id={id} />
    </>
  );
}
