export function validateHtml(html: string, filename?: string): Promise<string[]>;
export function validateBuild(distDir: string): Promise<Map<string, string[]>>;
