// ESLint (flat config) for src, scripts and clients: type-aware rules that catch what tsc does not
// (unawaited promises, switches that miss a case), import style, and no console output outside the CLI
// and scripts (the server logs through pino). `npm run lint`; `npm test` runs it too.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', 'clients/ddx-api.d.ts', 'src/web/dist/**', 'bench-out/**', 'ddx-data/**', 'src/web/app/vite.config.ts'],
  },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'clients/**/*.ts', 'data/prices/build-price-table.ts', 'drizzle.config.ts'],
    languageOptions: {
      parser: tseslint.parser,
      // One program for src, scripts, client and price-table build (tsconfig.json covers src only).
      parserOptions: { project: './tsconfig.tools.json', tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // node:test's test/describe/it return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }],
      }],
      // A `default:` is a deliberate catch-all; a switch without one must name every case.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
    },
  },
  {
    // The CLI writes to the terminal; scripts are developer tools.
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'data/prices/build-price-table.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The workbench's browser code has its own program (DOM types, JSX); see src/web/app/tsconfig.json.
    files: ['src/web/app/**/*.ts'],
    languageOptions: { parserOptions: { project: './src/web/app/tsconfig.json', tsconfigRootDir: import.meta.dirname } },
  },
);
