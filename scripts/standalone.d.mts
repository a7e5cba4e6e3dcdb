import type { Plugin } from 'vite';

export const standaloneEntries: Record<string, string>;
export function bundleStandalone(entry: string, options?: { minify?: boolean }): Promise<string>;
export function standaloneScripts(): Plugin;
