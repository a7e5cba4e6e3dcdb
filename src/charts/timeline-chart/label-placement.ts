// Where the chart's labels go, decided in pixels at the narrowest width a
// layout serves (positions are percentages, sizes pixels: a label that fits
// there fits at every wider width). Labels drop, lowest rank first, rather
// than collide.

export type LabelCandidate = {
  readonly id: string;
  readonly text: string;
  /** 1 is kept longest. */
  readonly rank: number;
  /** The point labelled, in px from the left of the chart. */
  readonly x: number;
};

export type PlacedLabel = {
  readonly id: string;
  readonly text: string;
  readonly row: number;
  /** Where the text is anchored, and its box, in px. */
  readonly anchorX: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly left: number;
  readonly right: number;
  /** The labelled point, where its leader line drops to the mark. */
  readonly x: number;
};

type PlacementOptions = {
  /** Width of the chart, px. */
  readonly width: number;
  /** Rows available, 0 at the top; a label's leader line drops through the rows below it. */
  readonly rows: number;
  /** Estimated width of one character, px (text is never measured: that would force layouts). */
  readonly charWidth: number;
  /** Clear space kept around each label, px. */
  readonly gap: number;
};

/**
 * Where a label may sit: centred on its point (anchored at its start or end
 * near an edge, to stay inside the chart), or else ending or starting at
 * its point, so a neighbour's leader line can pass beside it.
 */
function labelBoxes(candidate: LabelCandidate, { width, charWidth }: PlacementOptions) {
  const textWidth = candidate.text.length * charWidth;
  const start = () => {
    const left = Math.max(0, candidate.x - 4);
    return { anchor: 'start' as const, anchorX: left, left, right: left + textWidth };
  };
  const end = () => {
    const right = Math.min(width, candidate.x + 4);
    return { anchor: 'end' as const, anchorX: right, left: right - textWidth, right };
  };
  if (candidate.x - textWidth / 2 < 0) return [start()];
  if (candidate.x + textWidth / 2 > width) return [end()];
  const middle = {
    anchor: 'middle' as const,
    anchorX: candidate.x,
    left: candidate.x - textWidth / 2,
    right: candidate.x + textWidth / 2,
  };
  return [middle, end(), start()].filter((box) => box.left >= 0 && box.right <= width);
}

/**
 * Places labels in rank order: each in the highest row where its box keeps
 * `gap` px from every other label in that row, where no leader line from a
 * label above passes through it, and where its own leader line crosses no
 * label below. A label that fits nowhere is left out.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...candidates].sort((a, b) => a.rank - b.rank);
  for (const candidate of ordered) {
    const clear = (box: { left: number; right: number }, row: number) =>
      placed.every((other) => {
        const padded = (x: number) => x >= box.left - options.gap && x <= box.right + options.gap;
        if (other.row === row) return box.right + options.gap <= other.left || box.left - options.gap >= other.right;
        // A label higher up drops its leader through this row; a lower one sits under this label's leader.
        if (other.row < row) return !padded(other.x);
        return !(candidate.x >= other.left - options.gap && candidate.x <= other.right + options.gap);
      });
    const boxes = labelBoxes(candidate, options).filter((box) => box.right - box.left <= options.width);
    const spot = Array.from({ length: options.rows }, (_, row) => row)
      .flatMap((row) => boxes.map((box) => ({ row, box })))
      .find(({ row, box }) => clear(box, row));
    if (!spot) continue;
    placed.push({ id: candidate.id, text: candidate.text, row: spot.row, x: candidate.x, ...spot.box });
  }
  return placed;
}
