export const VS_DIR: string;
export function median(values: number[]): number;
export type VsRun = {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  totalKb: number;
  jsKb: number;
  hittable?: number;
  clickable?: number;
  selection?: number;
  selectionFromPress?: number;
  secondSelection?: number;
  secondSelectionFromPress?: number;
};
export function comparisonRows(
  ours: VsRun[],
  theirs: VsRun[],
): { metric: string; ours: string; TimelineJS3: string; 'ours/TL': string; target: string; met: string }[];
export function compareWithTimelineJs(options: {
  origin: string;
  audit: (url: string) => Promise<unknown>;
  runs: number;
  titles: Map<string, string>;
  throttleNetwork: boolean;
  describe: string;
}): Promise<void>;
