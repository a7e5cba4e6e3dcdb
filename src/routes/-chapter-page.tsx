import { storyMeta } from '@/content/story';
import { EmbedButton } from '@/embed/embed-button';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { pageTitle } from '@/lib/page-title';
import type { StorySection } from '@/sections/chapter/chapter-section';
import { ChapterNavigation } from '@/sections/chapter/chapter-navigation';

export function ChapterPage({ section }: { readonly section: StorySection }) {
  useDocumentTitle(pageTitle(section.copy.title, storyMeta.siteName));
  return (
    <>
      {section.render({ embedded: false })}
      <EmbedButton slug={section.id} />
      <ChapterNavigation id={section.id} />
    </>
  );
}
