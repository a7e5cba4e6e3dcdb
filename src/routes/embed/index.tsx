import { createFileRoute, notFound } from '@tanstack/react-router';

// /embed/ itself is not a page: the embeds are its children.
export const Route = createFileRoute('/embed/')({
  staticData: { notAPage: true },
  beforeLoad: () => {
    throw notFound();
  },
});
