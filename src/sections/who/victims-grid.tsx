import { useHydrated } from '@tanstack/react-router';
import { fillTemplate } from '@/lib/fill-template';
import { useId, useState } from 'react';
import type { victimsGridCopy } from '@/content/sections/who';
import type { Source, TimelineEvent, Victim, VictimKind } from '@/data/types';
import { GRAPHIC_TITLE_ID } from '@/shell/embed-shell';
import { VictimCard } from './victim-card';
import styles from './victims-grid.module.css';
import shared from '@/styles/shared.module.css';

export type VictimsGridCopy = typeof victimsGridCopy;

type Filter = 'all' | VictimKind;
const FILTERS: readonly Filter[] = ['all', 'agency', 'official', 'lawmaker', 'other'];
/** Compact: the cards shown before "Show all"; the rest fold away. */
const COMPACT_FIRST = 6;

type VictimsGridProps = {
  readonly copy: VictimsGridCopy;
  readonly victims: readonly Victim[];
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
  /**
   * The graphic embed's version: no heading of its own (the embed's headline
   * names it), the intro folded, denser cards and only the first few shown
   * until the reader asks for all.
   */
  readonly compact?: boolean;
};

/**
 * The known victims as cards. Before hydration (and without JavaScript)
 * every card is open and there is no filter, so everything is readable;
 * afterwards the cards collapse to disclosures and the kind filter appears.
 */
export function VictimsGrid({ copy, victims, sources, events, compact = false }: VictimsGridProps) {
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

  const card = (victim: Victim) => (
    <VictimCard
      key={victim.id}
      victim={victim}
      copy={copy}
      collapsible={enhanced}
      expanded={!enhanced || open.has(victim.id)}
      onToggle={() => toggle(victim.id)}
      sources={sources}
      events={events}
      compact={compact}
    />
  );
  const first = compact ? shown.slice(0, COMPACT_FIRST) : shown;
  const folded = compact ? shown.slice(COMPACT_FIRST) : [];

  return (
    <section
      className={compact ? `${styles.grid} ${styles.compact}` : styles.grid}
      aria-labelledby={compact ? GRAPHIC_TITLE_ID : headingId}
    >
      {compact ? (
        <details className={`${shared.fold} ${styles.about}`}>
          <summary>{copy.compact.about}</summary>
          <p className={styles.intro}>{copy.intro}</p>
        </details>
      ) : (
        <>
          <h3 id={headingId} className={styles.heading}>
            {copy.heading}
          </h3>
          <p className={styles.intro}>{copy.intro}</p>
        </>
      )}
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
      <ul className={styles.cards}>{first.map(card)}</ul>
      {folded.length > 0 ? (
        // Keyed by the filter: a new selection starts folded again.
        <details key={filter} className={`${shared.fold} ${styles.rest}`}>
          <summary>
            <span className={styles.whenClosed}>{fillTemplate(copy.compact.showAll, { total: shown.length })}</span>
            <span className={styles.whenOpen}>{copy.compact.showFewer}</span>
          </summary>
          <ul className={styles.cards}>{folded.map(card)}</ul>
        </details>
      ) : null}
    </section>
  );
}
