export const COMPRESSIBLE: Set<string>;
export function precompress(dir: string): Promise<number>;
