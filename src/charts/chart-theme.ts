// Colours, shapes, margins and sizes of the charts, in one place. Colours
// are CSS variables from styles/tokens.css, so every chart follows the
// light and dark schemes (SVG presentation attributes accept var()).
import type { LaneId } from '@/data/types';

export const chartColors = {
  text: 'var(--text)',
  muted: 'var(--text-muted)',
  grid: 'var(--border)',
  phaseFill: 'var(--phase-fill)',
  background: 'var(--bg)',
  focus: 'var(--focus)',
} as const;

export const laneColors: Record<LaneId, string> = {
  attacker: 'var(--lane-attacker)',
  victims: 'var(--lane-victims)',
  microsoft: 'var(--lane-microsoft)',
  'us-government': 'var(--lane-us-government)',
  researchers: 'var(--lane-researchers)',
};

export type MarkShape = 'triangle' | 'circle' | 'square' | 'diamond' | 'star';

/** Each lane has its own shape as well as its own colour. */
export const laneShapes: Record<LaneId, MarkShape> = {
  attacker: 'triangle',
  victims: 'circle',
  microsoft: 'square',
  'us-government': 'diamond',
  researchers: 'star',
};

/** An SVG path for `shape`, centred on 0,0, fitting a `size` px box. */
export function markPath(shape: MarkShape, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'triangle':
      return `M0,${-r}L${r},${r * 0.8}L${-r},${r * 0.8}Z`;
    case 'square': {
      const s = r * 0.85;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'diamond':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'star':
      return starPath(r);
    case 'circle':
      return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
  }
}

function starPath(r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r * 1.1 : r * 0.48;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`;
  });
  return `M${points.join('L')}Z`;
}

/** Sizes of the timeline chart, in CSS pixels. */
export const timelineSizes = {
  /** Room above the plot for the phase labels (two lines). */
  margin: { top: 36, right: 16, bottom: 4, left: 14 },
  /** On a wide chart the lane labels sit in a gutter left of the plot. */
  laneGutter: 120,
  xAxisHeight: 26,
  /** Space inside the plot at each end of the time axis, so end marks are never cut. */
  xPadding: 10,
  fontSize: 12,
  /** On a narrow chart each lane's label sits at the top of its row. */
  laneLabelHeight: 15,
  /** Bounding box of a mark. */
  markSize: 11,
  /** Invisible pointer target around each mark. */
  hitRadius: 11,
  /** Vertical distance between stacked marks within a row. */
  levelStep: 13,
  /** Closest two marks may sit side by side at one level. */
  minGap: 14,
  /** Closest two axis labels may sit (centre to centre). */
  tickSpacing: 64,
  narrowTickSpacing: 46,
  /** Below this chart width the chart uses its narrow settings. */
  narrowWidth: 600,
  /** Rough width of one character of 12px UI text, to decide whether a label fits. */
  charWidth: 7.2,
} as const;
