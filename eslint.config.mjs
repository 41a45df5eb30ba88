// ESLint 9 flat config. `npm run lint` runs it with --max-warnings 0, so every rule here is effectively an error.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Code that runs in the browser: the library, its tests, stories and the demo page.
const browserFiles = ['src/**/*.{ts,js}', 'test/**/*.{ts,js}', 'stories/**/*.{ts,js}', 'demo/**/*.{ts,js}'];

export default defineConfig([
  // Build output and generated files are never linted.
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'storybook-static/',
    'coverage/',
    '.tmp/',
    'bench/results/',
    '**/custom-elements.json'
  ]),

  js.configs.recommended,
  // Syntax-only (not type-aware) rules: fast, and no tsconfig project wiring needed.
  tseslint.configs.recommended,

  {
    files: browserFiles,
    extends: [
      lit.configs['flat/recommended'],
      wc.configs['flat/recommended'],
      wc.configs['flat/best-practice'],
      // eslint-plugin-lit-a11y 5.1.1 has no `flat/` name, but its `recommended` is already flat-shaped
      // ({ plugins: { 'lit-a11y': plugin }, rules }), so it is used as-is.
      litA11y.configs.recommended
    ],
    languageOptions: { globals: globals.browser },
    settings: {
      // Let the wc/* rules treat Lit classes as custom elements.
      wc: { elementBaseClasses: ['LitElement'] }
    },
    rules: {
      // LitElement always implements connectedCallback & co, so `if (super.connectedCallback)` guards are noise.
      'wc/guard-super-call': 'off'
    }
  },

  {
    // Storybook's main.ts and every tool script/config run in Node.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'test/servers/**/*.mjs', '*.config.mjs', '.storybook/main.ts'],
    languageOptions: { globals: globals.node }
  },

  {
    // Tests use mocha's describe/it globals (web-test-runner's default framework).
    files: ['test/**/*.{ts,js}'],
    languageOptions: { globals: globals.mocha }
  },

  {
    rules: {
      // `_`-prefixed names mark intentionally unused arguments/bindings.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
      ]
    }
  }
]);
