import { useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { siteCopy } from '@/content/site';
import styles from './navigation-progress.module.css';

/**
 * While the router waits for the next page (a chapter's script on a slow
 * line), the current one stays on screen: the main landmark is marked busy
 * for screen readers, and a bar at the top, faded in after half a second so
 * quick navigations never flash it, says the next page is coming.
 */
export function NavigationProgress() {
  const pending = useRouterState({ select: (state) => state.status === 'pending' });
  useEffect(() => {
    const main = document.getElementById('main');
    if (!pending || !main) return;
    main.setAttribute('aria-busy', 'true');
    return () => main.removeAttribute('aria-busy');
  }, [pending]);
  return pending ? <div className={styles.bar} role="progressbar" aria-label={siteCopy.navigationPending} /> : null;
}
