import { createRoot } from 'react-dom/client';
import { PartFailed } from '@/components/part-failed';
import { notInteractiveCopy } from '@/content/site';

/**
 * For a served page that is left unhydrated because a script it needs did
 * not load: a notice at the top of its main content, with a retry that
 * loads the page again (the browser remembers a failed module script for
 * the life of the document, so only a new document fetches it afresh).
 * The page's own markup is never touched; the notice has a root of its own.
 */
export function showNotInteractiveNotice(): void {
  const main = document.getElementById('main');
  if (!main || main.querySelector('[data-not-interactive]')) return;
  const holder = document.createElement('div');
  holder.dataset.notInteractive = '';
  main.prepend(holder);
  createRoot(holder).render(
    <PartFailed
      message={notInteractiveCopy.message}
      retryLabel={notInteractiveCopy.retry}
      onRetry={() => window.location.reload()}
    />,
  );
}
