import styles from './part-failed.module.css';

type PartFailedProps = {
  readonly message: string;
  readonly retryLabel: string;
  readonly onRetry: () => void;
};

/**
 * Where a part of a page (a chart, a dialog, the page's interactive layer)
 * could not start: a short notice and a retry, in place of the part only.
 */
export function PartFailed({ message, retryLabel, onRetry }: PartFailedProps) {
  return (
    <div className={styles.notice} role="status">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
