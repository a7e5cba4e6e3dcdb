export type PageMeasure = {
  path: string;
  jsKb: number;
  cssKb: number;
  recharts: boolean;
  chart: boolean;
  /** Ids of the chapter sections the page loads on first load. */
  sections?: string[];
};
export type BuildMeasure = {
  pages: PageMeasure[];
  totalCssKb: number;
  /** Ids of the chapters that have a section chunk in the build. */
  sectionIds?: string[];
};
export const BUDGETS: { coverJsKb: number; totalCssKb: number };
export const CHART_PATHS: RegExp[];
export function measureBuild(distDir: string): BuildMeasure;
export function checkBudget(measure: BuildMeasure, budgets?: { coverJsKb: number; totalCssKb: number }): string[];
export function manifestPath(distDir: string): string;
