// Lint rules: typescript-eslint's recommended set, and shared/ kept browser-safe and free of IO.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', 'bench/results/**', '.tsbuild/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['firebase-admin', 'express', '@line/bot-sdk', 'firebase-functions'].map((name) => ({
            name,
            message: 'shared/ must stay free of IO: use a port.',
          })),
          patterns: [
            { group: ['node:*'], message: 'shared/ is browser-safe: no Node built-ins.' },
            { group: ['firebase-admin/*', 'firebase-functions/*'], message: 'shared/ must stay free of IO: use a port.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'shared/ must stay free of IO: use a port.' }],
    },
  },
  {
    files: ['bot/src/local/simulator/**/*.js', 'liff/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
