/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Newsrooms host interactives under their own paths: BASE_PATH=/news/x/ npm run build.
const basePath = normalizeBase(process.env.BASE_PATH ?? '/');

function normalizeBase(raw: string): string {
  const trimmed = raw.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

export default defineConfig({
  base: basePath,
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    manifest: true,
    // Social image and favicon are referenced by absolute URL, never inlined.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
