import { createFileRoute } from '@tanstack/react-router';
import { CoverPage } from '@/pages/cover-page';
import { coverHead } from '@/site/page-meta';

export const Route = createFileRoute('/_site/')({
  loader: ({ context }) => context.loadCoverData(),
  head: coverHead,
  component: SiteCover,
});

function SiteCover() {
  return <CoverPage data={Route.useLoaderData()} />;
}
