import type { Source } from '@/data/types';
import styles from './dwell-chart.module.css';
import { SourceLink } from '@/components/source-link';

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
              {source.publisher}, <SourceLink source={source}>{source.title}</SourceLink>
            </li>
          )),
      )}
    </ul>
  );
}
