export function normalizeBase(raw?: string): string;
