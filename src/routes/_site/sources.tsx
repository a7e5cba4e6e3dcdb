import { createFileRoute } from '@tanstack/react-router';
import { SourcesPage } from '@/pages/sources-page';
import { sourcesHead } from '@/site/page-meta';

export const Route = createFileRoute('/_site/sources')({
  head: sourcesHead,
  component: SourcesPage,
});
