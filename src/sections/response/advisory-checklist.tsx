import { useId, useMemo, useSyncExternalStore } from 'react';
import { fillTemplate } from '@/lib/fill-template';
import type {
  advisoryChecklistCopy as AdvisoryChecklistCopyValue,
  ChecklistItem,
} from '@/content/sections/advisory-checklist';
import type { Source } from '@/data/types';
import { GRAPHIC_TITLE_ID } from '@/shell/embed-shell';

import styles from './advisory-checklist.module.css';
import { SourceLinks } from '@/components/source-links';

type AdvisoryChecklistProps = {
  readonly copy: typeof AdvisoryChecklistCopyValue;
  readonly items: readonly ChecklistItem[];
  readonly sources: readonly Source[];
  /**
   * A graphic embed: no heading of its own (the embed's headline names it),
   * and each step's sources behind one disclosure under the list.
   */
  readonly compact?: boolean;
};

/**
 * The advisory's recommendations as native checkboxes: they work by
 * keyboard and without JavaScript. Ticks are remembered when the browser
 * allows storage; where it throws (a sandboxed embed), they last as long
 * as the page.
 */
export function AdvisoryChecklist({ copy, items, sources, compact = false }: AdvisoryChecklistProps) {
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
  const sourcesOf = (item: ChecklistItem) =>
    item.sourceIds.flatMap((sourceId) => sources.filter((source) => source.id === sourceId));
  const sourceLine = (item: ChecklistItem) => (
    <p className={styles.sources}>
      {copy.sourcesLabel} <SourceLinks sources={sourcesOf(item)} />
    </p>
  );
  return (
    <section
      className={compact ? `${styles.checklist} ${styles.compact}` : styles.checklist}
      aria-labelledby={compact ? GRAPHIC_TITLE_ID : headingId}
    >
      {compact ? null : <h3 id={headingId}>{copy.heading}</h3>}
      <p className={compact ? styles.intro : undefined}>{copy.intro}</p>
      <ul className={styles.items} aria-label={copy.listLabel}>
        {items.map((item) => {
          const inputId = `${id}-${item.id}`;
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
                {compact ? null : sourceLine(item)}
              </div>
            </li>
          );
        })}
      </ul>
      <p className={styles.progress} role="status">
        {fillTemplate(copy.progress, { done: count, total: items.length })}
      </p>
      {compact ? (
        <details className={styles.sourcesFold}>
          <summary>{copy.compact.sourcesSummary}</summary>
          <ul className={styles.sourceList}>
            {items.map((item) => (
              <li key={item.id}>
                {/* Cut to one line on screen; read in full by screen readers. */}
                <span className={styles.stepText}>{item.text}</span>
                {sourceLine(item)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
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
