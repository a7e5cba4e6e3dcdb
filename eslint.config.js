import js from '@eslint/js';
import pluginRouter from '@tanstack/eslint-plugin-router';
import checkFile from 'eslint-plugin-check-file';
import jestDom from 'eslint-plugin-jest-dom';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.tmp', 'public/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'check-file': checkFile },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render copy through components/prose.tsx.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.0.type='Literal']",
          message: 'Calendar dates are strings: use lib/calendar-date.ts, never new Date("YYYY-MM-DD").',
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { 'src/!(routes)/**/*.{ts,tsx}': 'KEBAB_CASE', 'tests/**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/!(routes)/**/': 'KEBAB_CASE' }],
    },
  },
  ...pluginRouter.configs['flat/recommended'],
  {
    // Imports flow one way (STYLE.md): data and content are leaves; lib,
    // hooks and components know nothing of the story.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['../*'], message: 'Import through @/ instead of climbing folders.' }],
        },
      ],
    },
  },
  {
    files: ['src/data/**', 'src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/components/*',
                '@/sections/*',
                '@/charts/*',
                '@/routes/*',
                '@/embed/*',
                '@/hooks/*',
                'react',
                'react-dom',
              ],
              message: 'data/ and content/ are leaves: no React, no components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**', 'src/hooks/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/data/*', '@/content/*', '@/sections/*', '@/charts/*', '@/routes/*', '@/embed/*'],
              message: 'lib/, hooks/ and components/ know nothing about the story.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/sections/*', '@/routes/*', '@/embed/*'], message: 'Charts sit below sections.' },
            {
              group: ['@/data/*', '!@/data/types'],
              message: 'Charts get records through props; import only types from data/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...jestDom.configs['flat/recommended'],
  },
  {
    files: ['scripts/**/*.mjs', 'tests/e2e/**', '*.config.{js,ts}', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
