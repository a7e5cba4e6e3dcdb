// Built to /timeline-boot.js, the only script the site's timeline pages run
// before the reader's first interaction: see src/site/hydrate-on-interaction.ts.
// The prerender names the app's entry, the modules it needs and the file of
// the timeline's stories on this tag.
import { startBeforeHydration } from '@/site/hydrate-on-interaction';

const tag = document.currentScript;
const app = tag?.getAttribute('data-app');
const stories = tag?.getAttribute('data-stories');
if (app && stories) {
  const preload = (tag?.getAttribute('data-preload') ?? '').split(' ').filter(Boolean);
  startBeforeHydration(document, { app, preload, stories }, (url) => import(/* @vite-ignore */ url));
}
