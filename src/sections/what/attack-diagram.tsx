import type { AttackNodeId, AttackNodeState, AttackStep } from '@/content/types';
import { AttackIcon } from './attack-icons';
import styles from './attack-diagram.module.css';

/** The diagram's parts, left to right (top to bottom on narrow screens). */
const NODE_ORDER: readonly AttackNodeId[] = ['key', 'intruders', 'token', 'check', 'mailboxes', 'alert'];

type AttackDiagramLabels = {
  readonly nodes: Readonly<Record<AttackNodeId, string>>;
  readonly stateLabels: Readonly<Record<AttackNodeState, string>>;
  readonly thisStep: string;
};

type AttackDiagramProps = {
  readonly step: AttackStep;
  readonly labels: AttackDiagramLabels;
  /** Denser: the parts in rows of two or three below the width that fits all six. */
  readonly compact?: boolean;
};

/**
 * One state of the attack chain, drawn in HTML and CSS so its text wraps at
 * any width. Each part shows its state in words as well as by border and
 * colour; screen readers get the step's own description instead.
 */
export function AttackDiagram({ step, labels, compact = false }: AttackDiagramProps) {
  const stateOf = (id: AttackNodeId): AttackNodeState => step.nodes[id]?.state ?? 'idle';
  return (
    <div
      role="img"
      aria-label={step.diagramAlt}
      className={compact ? `${styles.diagram} ${styles.compact}` : styles.diagram}
    >
      <ol className={styles.chain}>
        {NODE_ORDER.map((id, index) => {
          const state = stateOf(id);
          const previous = NODE_ORDER[index - 1];
          const linked = previous !== undefined && state !== 'idle' && stateOf(previous) !== 'idle';
          const isFocus = id === step.focus;
          return (
            <li key={id} className={[styles.node, styles[state], isFocus ? styles.focus : ''].join(' ')}>
              {index > 0 ? <span className={[styles.link, linked ? styles.linked : ''].join(' ')} /> : null}
              <span className={styles.icon}>
                <AttackIcon id={id} />
              </span>
              <span className={styles.text}>
                <span className={styles.label}>{labels.nodes[id]}</span>
                {state === 'idle' ? null : <span className={styles.state}>{labels.stateLabels[state]}</span>}
                {step.nodes[id] ? <span className={styles.status}>{step.nodes[id].status}</span> : null}
                {isFocus ? <span className={styles.now}>{labels.thisStep}</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
