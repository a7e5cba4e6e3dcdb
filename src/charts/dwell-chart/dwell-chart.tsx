import { ClientOnly } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { LazyBoundary, lazyPart } from '@/components/lazy-boundary';
import type { Certainty, Intrusion, Source } from '@/data/types';
import { ChartFrame } from '@/charts/chart-frame';
import { useReaderNear } from '@/hooks/use-reader-near';
import { toDwellBars, type DwellWords } from './dwell-bars';
import { DwellDetails, type DwellDetailsCopy } from './dwell-details';
import { DwellTable, type DwellTableCopy } from './dwell-table';
import styles from './dwell-chart.module.css';
import { GRAPHIC_TITLE_ID } from '@/shell/embed-shell';

// Recharts lives in this lazy chunk only.
const LazyDwellPlot = lazyPart(
  () => import('./dwell-plot'),
  (module) => module.DwellPlot,
);

type DwellChartCopy = {
  readonly frame: { readonly title: string; readonly description: string; readonly notes: string };
  readonly sourcePrefix: string;
  readonly sourceSuffix: string;
  readonly axisLabel: string;
  readonly plotLabel: string;
  readonly days: DwellWords;
  readonly certainty: Readonly<Record<Certainty, string>>;
  readonly certaintyLabel: string;
  readonly details: DwellDetailsCopy;
  readonly table: DwellTableCopy;
  readonly loadFailed: string;
  readonly retry: string;
  /** A graphic embed, where room is short. */
  readonly compact: {
    /** The frame's description and notes in a graphic embed (the notes fold). */
    readonly frame: { readonly description: string; readonly notes: string };
    /** Opens the notes. */
    readonly notesSummary: string;
  };
};

type DwellChartProps = {
  readonly copy: DwellChartCopy;
  readonly intrusions: readonly Intrusion[];
  readonly sources: readonly Source[];
  /** A graphic embed: a shorter plot, the reading notes and the table each behind a disclosure. */
  readonly compact?: boolean;
};

/**
 * Comparable intrusions by days unseen. The table is always rendered (it is
 * what readers without JavaScript and print get); the bar chart and its
 * details panel join it once the page is live.
 */
export function DwellChart({ copy, intrusions, sources, compact = false }: DwellChartProps) {
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  // The chart sits far down its chapter. Its code is fetched once the page
  // is idle, and drawn (Recharts' first render is one long task) only when
  // the reader nears it, not while the page loads.
  const [nearRef, near] = useReaderNear<HTMLDivElement>();
  useEffect(() => whenIdle(LazyDwellPlot.preload), []);
  // Memoized: a new array would make Recharts remount the bars (and drop focus).
  const bars = useMemo(
    () => toDwellBars(intrusions, copy.days, copy.certainty),
    [intrusions, copy.days, copy.certainty],
  );
  const selected = intrusions.find((intrusion) => intrusion.id === selectedId);
  const publishers = [
    ...new Set(
      intrusions.flatMap((intrusion) =>
        intrusion.sourceIds.flatMap((sourceId) =>
          sources.filter((source) => source.id === sourceId).map((source) => source.publisher),
        ),
      ),
    ),
  ];
  const placeholder = (
    <>
      <div className={styles.plotPlaceholder} />
      <div className={styles.detailsPlaceholder} />
    </>
  );
  const frame = (
    <ChartFrame
      id="dwell-chart"
      className={styles.frame}
      copy={{
        ...copy.frame,
        ...(compact ? copy.compact.frame : {}),
        source: `${copy.sourcePrefix} ${publishers.join('; ')}. ${copy.sourceSuffix}`,
      }}
      foldNotes={compact ? copy.compact.notesSummary : undefined}
      titledBy={compact ? GRAPHIC_TITLE_ID : undefined}
      alternative={
        <DwellTable
          copy={copy.table}
          intrusions={intrusions}
          sources={sources}
          words={copy.days}
          certainty={copy.certainty}
          certaintyLabel={copy.certaintyLabel}
          folded={compact}
        />
      }
    >
      <div className={compact ? `${styles.interactive} ${styles.compact}` : styles.interactive} ref={nearRef}>
        <ClientOnly fallback={placeholder}>
          {near ? (
            <LazyBoundary
              fallback={<div className={styles.plotPlaceholder} />}
              failedMessage={copy.loadFailed}
              retryLabel={copy.retry}
            >
              <LazyDwellPlot
                bars={bars}
                selectedId={selectedId}
                onSelect={setSelectedId}
                axisLabel={copy.axisLabel}
                label={copy.plotLabel}
              />
            </LazyBoundary>
          ) : (
            <div className={styles.plotPlaceholder} />
          )}
          <DwellDetails
            copy={copy.details}
            intrusion={selected}
            sources={sources}
            words={copy.days}
            certainty={copy.certainty}
            compact={compact}
          />
        </ClientOnly>
      </div>
    </ChartFrame>
  );
  return compact ? <div className={styles.compactFrame}>{frame}</div> : frame;
}

/** Runs `task` when the browser is idle (soon after load); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1000);
  return () => clearTimeout(id);
}
