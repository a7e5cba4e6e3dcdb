import type { ChapterId } from '@/data/types';
import { EmbedButton } from '@/embed/embed-button';
import { ChapterNavigation, findSection } from '@/sections/registry';

export function ChapterPage({ id }: { readonly id: ChapterId }) {
  const section = findSection(id);
  if (!section) return null;
  return (
    <>
      {section.render({ embedded: false })}
      <EmbedButton slug={id} />
      <ChapterNavigation id={id} />
    </>
  );
}
