import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The rooms of ARCHITECTURE.md, enforced: each folder may import only what lies below it.
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/core/**'],
    rules: forbid(
      [
        'react',
        'react-dom',
        'zustand',
        'framer-motion',
        '**/scenarios/**',
        '**/store/**',
        '**/components/**',
        '**/app/**',
      ],
      'src/core is pure: it imports nothing outside src/core.',
    ),
  },
  {
    files: ['src/scenarios/**'],
    rules: forbid(
      [
        'react',
        'react-dom',
        'zustand',
        'framer-motion',
        '**/store/**',
        '**/components/**',
        '**/app/**',
      ],
      'src/scenarios may import only src/core.',
    ),
  },
  {
    files: ['src/store/**'],
    rules: forbid(
      ['react-dom', 'framer-motion', '**/components/**', '**/app/**'],
      'src/store may import only core and scenarios.',
    ),
  },
  {
    files: ['src/components/**'],
    rules: forbid(['**/app/**'], 'components may not import the app shell.'),
  },
);
