// The Recharts part of the dwell chart. Loaded lazily (see dwell-chart.tsx),
// so only pages with this chart download Recharts.
import { createContext, useContext, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis, usePlotArea, useXAxisScale } from 'recharts';
import { rovingIndex } from '@/lib/roving-focus';
import { DWELL_AXIS, formatDays, type DwellBar } from './dwell-bars';
import styles from './dwell-chart.module.css';

export type DwellPlotProps = {
  readonly bars: readonly DwellBar[];
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly axisLabel: string;
  /** Names the group of bars for assistive technology. */
  readonly label: string;
};

type PlotState = {
  readonly bars: readonly DwellBar[];
  readonly selectedId: string | undefined;
  /** The one bar in the tab order (roving tabindex). */
  readonly tabStopId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onFocusBar: (id: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  readonly register: (id: string, element: SVGGElement | null) => void;
};

const PlotContext = createContext<PlotState | null>(null);

const BAR_THICKNESS = 16;
// Props handed to Recharts keep their identity across renders: a new
// object or array makes Recharts recompute the bars under a new key,
// which remounts them and drops keyboard focus.
const MARGIN = { top: 30, right: 24, bottom: 28, left: 10 };
const TICKS = [...DWELL_AXIS.ticks];
const DOMAIN = [DWELL_AXIS.min, DWELL_AXIS.max];

export function DwellPlot({ bars, selectedId, onSelect, axisLabel, label }: DwellPlotProps) {
  const elements = useRef(new Map<string, SVGGElement>());
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const tabStopId = focusedId ?? selectedId ?? bars[0]?.id;
  const data = useMemo(() => [...bars], [bars]);
  const axisLabelProps = useMemo(
    () => ({ value: axisLabel, position: 'insideBottom' as const, offset: -20, className: styles.axisLabel }),
    [axisLabel],
  );

  const state: PlotState = {
    bars,
    selectedId,
    tabStopId,
    onSelect,
    onFocusBar: setFocusedId,
    onKeyDown: (event, id) => {
      const index = rovingIndex(
        event.key,
        bars.findIndex((bar) => bar.id === id),
        bars.length,
        { vertical: true },
      );
      const target = index === null ? undefined : bars[index];
      if (target) {
        event.preventDefault();
        elements.current.get(target.id)?.focus();
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelect(id);
      }
    },
    register: (id, element) => {
      if (element) elements.current.set(id, element);
      else elements.current.delete(id);
    },
  };

  return (
    <PlotContext.Provider value={state}>
      <div className={styles.plot} role="group" aria-label={label}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={data} accessibilityLayer={false} margin={MARGIN} barCategoryGap={0}>
            <XAxis
              type="number"
              scale="log"
              domain={DOMAIN}
              ticks={TICKS}
              allowDataOverflow
              tickFormatter={formatDays}
              label={axisLabelProps}
            />
            <YAxis type="category" dataKey="id" hide />
            <Bar dataKey="span" barSize={BAR_THICKNESS} shape={renderBar} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </PlotContext.Provider>
  );
}

type BarShapeProps = {
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly height?: number;
  readonly index?: number;
};

// A stable function (not an inline arrow): Recharts recreates the bar
// elements whenever `shape` changes identity, which would drop keyboard
// focus. State reaches the bars through context instead.
function renderBar(props: unknown): ReactElement {
  return <DwellBarShape {...(props as BarShapeProps)} />;
}

function DwellBarShape({ x = 0, y = 0, height = BAR_THICKNESS, index = 0 }: BarShapeProps) {
  const state = useContext(PlotContext);
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const bar = state?.bars[index];
  if (!state || !bar || !xScale || !plot) return <g />;
  const start = xScale(DWELL_AXIS.min) ?? x;
  const lowX = bar.low !== null ? (xScale(bar.low) ?? start) : start;
  const highX = bar.high !== null ? (xScale(bar.high) ?? lowX) : lowX;
  const selected = state.selectedId === bar.id;
  const classes = [styles.bar, bar.isThisStory ? styles.thisStory : '', selected ? styles.selected : '']
    .filter(Boolean)
    .join(' ');
  return (
    <g
      ref={(element) => state.register(bar.id, element)}
      className={classes}
      role="button"
      tabIndex={state.tabStopId === bar.id ? 0 : -1}
      aria-pressed={selected}
      aria-label={bar.accessibleName}
      onClick={() => state.onSelect(bar.id)}
      onFocus={() => state.onFocusBar(bar.id)}
      onKeyDown={(event) => state.onKeyDown(event, bar.id)}
    >
      {/* The whole row is the target: label and bar, at least 24px tall. */}
      <rect className={styles.hit} x={plot.x - 6} y={y - 24} width={plot.width + 12} height={height + 30} rx={4} />
      <text className={styles.barLabel} x={start} y={y - 7}>
        {bar.label}: {bar.daysText}
      </text>
      {bar.low !== null ? (
        <rect className={styles.solid} x={start} y={y} width={Math.max(2, lowX - start)} height={height} />
      ) : (
        <line className={styles.noFigure} x1={start} x2={start + 40} y1={y + height / 2} y2={y + height / 2} />
      )}
      {bar.high !== null && highX > lowX ? (
        <rect className={styles.extension} x={lowX} y={y + 1} width={highX - lowX} height={height - 2} />
      ) : null}
    </g>
  );
}
