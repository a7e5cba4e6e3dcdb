import { useHydrated } from '@tanstack/react-router';
import { fillTemplate } from '@/lib/fill-template';
import { useId, useState } from 'react';
import type { victimsGridCopy } from '@/content/sections/who';
import type { Source, TimelineEvent, Victim, VictimKind } from '@/data/types';
import { VictimCard } from './victim-card';
import styles from './victims-grid.module.css';

export type VictimsGridCopy = typeof victimsGridCopy;

type Filter = 'all' | VictimKind;
const FILTERS: readonly Filter[] = ['all', 'agency', 'official', 'lawmaker', 'other'];

type VictimsGridProps = {
  readonly copy: VictimsGridCopy;
  readonly victims: readonly Victim[];
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
};

/**
 * The known victims as cards. Before hydration (and without JavaScript)
 * every card is open and there is no filter, so everything is readable;
 * afterwards the cards collapse to disclosures and the kind filter appears.
 */
export function VictimsGrid({ copy, victims, sources, events }: VictimsGridProps) {
  const enhanced = useHydrated();
  const headingId = useId();
  const filterLabelId = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const shown = filter === 'all' ? victims : victims.filter((victim) => victim.kind === filter);
  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className={styles.grid} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {copy.heading}
      </h3>
      <p className={styles.intro}>{copy.intro}</p>
      {enhanced ? (
        <div className={styles.filters} role="group" aria-labelledby={filterLabelId}>
          <span id={filterLabelId} className={styles.filterLabel}>
            {copy.filterLabel}
          </span>
          {FILTERS.map((kind) => (
            <button key={kind} type="button" aria-pressed={filter === kind} onClick={() => setFilter(kind)}>
              {copy.filters[kind]}
            </button>
          ))}
        </div>
      ) : null}
      <p role="status" className={styles.count}>
        {fillTemplate(copy.count, { shown: shown.length, total: victims.length })}
      </p>
      <ul className={styles.cards}>
        {shown.map((victim) => (
          <VictimCard
            key={victim.id}
            victim={victim}
            copy={copy}
            collapsible={enhanced}
            expanded={!enhanced || open.has(victim.id)}
            onToggle={() => toggle(victim.id)}
            sources={sources}
            events={events}
          />
        ))}
      </ul>
    </section>
  );
}
