import type { Intrusion } from '@/data/types';
import styles from './dwell-chart.module.css';

type DwellEndsProps = {
  readonly copy: { readonly from: string; readonly to: string };
  readonly intrusion: Pick<Intrusion, 'from' | 'to'>;
};

/** The two events every count runs between, so rows can be compared. */
export function DwellEnds({ copy, intrusion }: DwellEndsProps) {
  return (
    <dl className={styles.ends}>
      <dt>{copy.from}</dt>
      <dd>
        <strong>{intrusion.from.when}:</strong> {intrusion.from.what}
      </dd>
      <dt>{copy.to}</dt>
      <dd>
        <strong>{intrusion.to.when}:</strong> {intrusion.to.what}
      </dd>
    </dl>
  );
}
