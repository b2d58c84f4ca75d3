// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Dependency direction (docs/architecture.md): core <- server, web, cli; cli talks HTTP only. */
const restrictImports = (/** @type {string[]} */ patterns, /** @type {string} */ why) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: why }] }],
});

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'coverage/**',
      '.e2e-artifacts/**',
      'packages/server/drizzle/**',
      'packages/web/dev-dist/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The environment is read once, validated, in each package's config module.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment in config.ts only.' },
      ],
    },
  },
  {
    files: [
      '**/config.ts',
      '**/*.test.ts',
      '**/test/**',
      'e2e/**',
      'bench/**',
      'scripts/**',
      '**/*.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // core is pure: no I/O, no clock, no randomness. Its tsconfig already has no DOM or Node
    // types; these rules catch what still type-checks (the ES globals Date and Math).
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrictImports(
        ['node:*', 'fs', 'path', 'react', 'react-dom', '@psoas/server', '@psoas/web', '@psoas/cli'],
        'core imports no I/O module and none of the other packages.',
      ),
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core takes a clock; it never reads the time.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core takes a clock; it never reads the time.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'core takes an id or random source; it never makes its own.',
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: restrictImports(['@psoas/web', '@psoas/cli'], 'server depends on core only.'),
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: restrictImports(
      ['@psoas/server', '@psoas/server/*', '@psoas/web'],
      'cli talks to the server over HTTP only.',
    ),
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrictImports(
        ['node:*', '@psoas/server', '@psoas/server/*', '@psoas/cli'],
        'web depends on core only and reaches the server over HTTP.',
      ),
    },
  },
);
