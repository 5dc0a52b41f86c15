import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'stream', 'util',
  'zlib', 'worker_threads', 'process', 'buffer', 'events', 'module', 'readline', 'tls', 'dns',
];
const nodeImports = [...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`), 'node:*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Tests strip control characters from generated text on purpose.
    files: ['tests/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Electron is the thin shell: only src-main/electron may import it.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'electron nur unter src-main/electron/ importieren.' }] }],
    },
  },
  {
    // The contract is shared with the renderer: pure TypeScript and zod only.
    files: ['src-main/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'drizzle-orm'],
          patterns: [
            { group: nodeImports, message: 'Der Vertrag ist rein: keine Node-Module.' },
            { regex: '(^|/)(core|electron|transport|cli|browser)/', message: 'Der Vertrag importiert nur sich selbst und zod.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer runs in a sandbox: no Node, no Electron, no database; from src-main only the contract.
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'drizzle-orm'],
          patterns: [
            { group: nodeImports, message: 'Der Renderer läuft in der Sandbox: keine Node-Module.' },
            { regex: 'src-main/(?!contract/)', message: 'Der Renderer importiert aus src-main nur den Vertrag (src-main/contract).' },
          ],
        },
      ],
    },
  },
);
