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
