import { useId, useMemo, useSyncExternalStore } from 'react';
import { fillTemplate } from '@/lib/fill-template';
import type {
  advisoryChecklistCopy as AdvisoryChecklistCopyValue,
  ChecklistItem,
} from '@/content/sections/advisory-checklist';
import type { Source } from '@/data/types';

import styles from './advisory-checklist.module.css';
import { SourceLinks } from '@/components/source-links';

type AdvisoryChecklistProps = {
  readonly copy: typeof AdvisoryChecklistCopyValue;
  readonly items: readonly ChecklistItem[];
  readonly sources: readonly Source[];
};

/**
 * The advisory's recommendations as native checkboxes: they work by
 * keyboard and without JavaScript. Ticks are remembered when the browser
 * allows storage; where it throws (a sandboxed embed), they last as long
 * as the page.
 */
export function AdvisoryChecklist({ copy, items, sources }: AdvisoryChecklistProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  // The server and the hydrating render see no ticks; saved ticks follow.
  const saved = useSyncExternalStore(ticksStore.subscribe, ticksStore.read, () => EMPTY);
  const done = useMemo(() => parseTicks(saved), [saved]);

  function toggle(itemId: string, checked: boolean) {
    const next = new Set(done);
    if (checked) next.add(itemId);
    else next.delete(itemId);
    ticksStore.write(JSON.stringify([...next]));
  }

  const count = items.filter((item) => done.has(item.id)).length;
  return (
    <section className={styles.checklist} aria-labelledby={headingId}>
      <h3 id={headingId}>{copy.heading}</h3>
      <p>{copy.intro}</p>
      <ul className={styles.items} aria-label={copy.listLabel}>
        {items.map((item) => {
          const inputId = `${id}-${item.id}`;
          const itemSources = item.sourceIds.flatMap((sourceId) =>
            sources.filter((source) => source.id === sourceId),
          );
          return (
            <li key={item.id} className={styles.item}>
              <input
                id={inputId}
                type="checkbox"
                className={styles.box}
                checked={done.has(item.id)}
                onChange={(event) => toggle(item.id, event.currentTarget.checked)}
              />
              <div>
                <label htmlFor={inputId}>{item.text}</label>
                <p className={styles.sources}>
                  {copy.sourcesLabel}{' '}
                  <SourceLinks sources={itemSources} />
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <p className={styles.progress} role="status">
        {fillTemplate(copy.progress, { done: count, total: items.length })}
      </p>
    </section>
  );
}

const EMPTY = '[]';

function parseTicks(raw: string): ReadonlySet<string> {
  try {
    const parsed: unknown = JSON.parse(raw);
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * The reader's ticks, kept in localStorage when the browser allows it. Once
 * the reader ticks, this page's own copy in memory is what it shows, so a
 * storage that throws on reading, writing or both (sandboxed iframes, some
 * privacy modes) never undoes a tick; another tab's change, announced by a
 * `storage` event, is read from storage again.
 */
const ticksStore = (() => {
  const key = 'storm-0558:advisory-checklist';
  const listeners = new Set<() => void>();
  let memory: string | null = null;
  return {
    read(): string {
      if (memory !== null) return memory;
      try {
        return window.localStorage.getItem(key) ?? EMPTY;
      } catch {
        return EMPTY;
      }
    },
    write(value: string) {
      memory = value;
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // Kept in memory for this page only.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== key && event.key !== null) return;
        memory = null;
        listener();
      };
      listeners.add(listener);
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', onStorage);
      };
    },
  };
})();
