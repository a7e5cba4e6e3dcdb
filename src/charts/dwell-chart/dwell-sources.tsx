import type { Source } from '@/data/types';
import styles from './dwell-chart.module.css';
import { SourceCitation } from '@/components/source-citation';

type DwellSourcesProps = {
  readonly sourceIds: readonly string[];
  readonly sources: readonly Source[];
};

/** An intrusion's sources as links, in the order the record cites them. */
export function DwellSources({ sourceIds, sources }: DwellSourcesProps) {
  return (
    <ul className={styles.sourceList}>
      {sourceIds.flatMap((sourceId) =>
        sources
          .filter((source) => source.id === sourceId)
          .map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} />
            </li>
          )),
      )}
    </ul>
  );
}
