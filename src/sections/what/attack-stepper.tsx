import { useHydrated } from '@tanstack/react-router';
import { fillTemplate } from '@/lib/fill-template';
import { rovingIndex } from '@/lib/roving-focus';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { attackStepperCopy } from '@/content/sections/attack-steps';
import type { AttackStep } from '@/content/types';
import type { Source, TimelineEvent } from '@/data/types';
import { GRAPHIC_TITLE_ID } from '@/shell/embed-shell';
import { AttackStepPanel } from './attack-step-panel';
import styles from './attack-stepper.module.css';
import shared from '@/styles/shared.module.css';

export type AttackStepperCopy = typeof attackStepperCopy;

type AttackStepperProps = {
  readonly copy: AttackStepperCopy;
  readonly steps: readonly AttackStep[];
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
  /** The current step, 1-based; out-of-range values show step 1. */
  readonly step: number;
  readonly onStepChange: (step: number) => void;
  /**
   * The graphic embed's version: no heading of its own (the embed's headline
   * names it), the instructions and each step's detail and sources folded,
   * a denser step list and diagram.
   */
  readonly compact?: boolean;
};

/**
 * The attack chain one step at a time. The server (and a reader without
 * JavaScript) gets every step in order; after hydration only the current
 * step shows, with Previous/Next, a step list and arrow keys. The switch
 * happens on the render after hydration, so the first client render matches
 * the prerendered HTML.
 */
export function AttackStepper({
  copy,
  steps,
  sources,
  events,
  step,
  onStepChange,
  compact = false,
}: AttackStepperProps) {
  const enhanced = useHydrated();
  const headingId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(false);
  // Compact: a step's folded detail stays open (or shut) as the reader moves on.
  const [moreOpen, setMoreOpen] = useState(false);
  const total = steps.length;
  const current = step >= 1 && step <= total ? step : 1;
  const fill = (template: string, n: number) => fillTemplate(template, { n, total, title: steps[n - 1]?.title ?? '' });

  const go = (target: number) => {
    const next = Math.min(total, Math.max(1, target));
    if (next === current) return;
    setMoved(true);
    setAnnouncement(fill(copy.stepAnnouncement, next));
    onStepChange(next);
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const index = rovingIndex(event.key, current - 1, total);
    if (index === null) return;
    event.preventDefault();
    go(index + 1);
    // In the step list, focus follows the current step.
    const list = listRef.current;
    if (list?.contains(document.activeElement)) list.querySelectorAll('button')[index]?.focus();
  });

  // A native listener on the stepper only: the keys act while focus is
  // inside it, never page-wide (arrow keys still scroll the page elsewhere).
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !enhanced) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    root.addEventListener('keydown', listener);
    return () => root.removeEventListener('keydown', listener);
  }, [enhanced]);

  return (
    <section
      ref={rootRef}
      className={[styles.stepper, moved ? styles.moved : '', compact ? styles.compact : ''].join(' ')}
      aria-labelledby={compact ? GRAPHIC_TITLE_ID : headingId}
      data-enhanced={enhanced ? 'true' : undefined}
    >
      {compact ? null : (
        <h3 id={headingId} className={styles.heading}>
          {copy.heading}
        </h3>
      )}
      {compact && enhanced ? (
        <details className={`${shared.fold} ${styles.instructions}`}>
          <summary>{copy.compact.instructions}</summary>
          <p>{copy.instructions}</p>
        </details>
      ) : (
        <p className={styles.instructions}>{enhanced ? copy.instructions : copy.allStepsIntro}</p>
      )}
      {enhanced ? (
        <nav aria-label={copy.stepListLabel}>
          <ol ref={listRef} className={styles.stepList}>
            {steps.map((item, index) => (
              <li key={item.id}>
                <button
                  type="button"
                  aria-current={index + 1 === current ? 'step' : undefined}
                  onClick={() => go(index + 1)}
                >
                  <span className={styles.stepNumber}>{index + 1}</span>{' '}
                  <span className={styles.stepShort}>{item.short}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <ol className={styles.steps}>
        {steps.map((item, index) => (
          <AttackStepPanel
            key={item.id}
            step={item}
            position={fill(copy.stepOf, index + 1)}
            hidden={enhanced && index + 1 !== current}
            copy={copy}
            sources={sources}
            events={events}
            compact={compact}
            moreOpen={moreOpen}
            onMoreToggle={setMoreOpen}
          />
        ))}
      </ol>
      {enhanced ? (
        <div className={styles.controls}>
          <button type="button" aria-disabled={current === 1} onClick={() => go(current - 1)}>
            <span aria-hidden="true">← </span>
            {copy.previous}
          </button>
          <p className={styles.position}>{fill(copy.stepOf, current)}</p>
          <button type="button" aria-disabled={current === total} onClick={() => go(current + 1)}>
            {copy.next}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
