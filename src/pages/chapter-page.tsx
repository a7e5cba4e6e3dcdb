import { EmbedButton } from '@/embed/embed-button';
import { ChapterNav } from '@/sections/chapter/chapter-nav';
import type { StorySection } from '@/sections/chapter/chapter-section';
import { EmbedShell } from '@/shell/embed-shell';
import { chapterLink } from '@/site/links';

type ChapterPageProps = {
  readonly section: StorySection;
  readonly embedded: boolean;
};

/** A chapter, on the site (with its Embed button and chapter navigation) or alone in an embed. */
export function ChapterPage({ section, embedded }: ChapterPageProps) {
  if (embedded) {
    return <EmbedShell fullPage={chapterLink(section.id)}>{section.render({ shell: 'embed' })}</EmbedShell>;
  }
  return (
    <>
      {section.render({ shell: 'site' })}
      <EmbedButton page={section.id} />
      <ChapterNav id={section.id} />
    </>
  );
}
