// The layer rules of DEVELOPERS.md, enforced: imports point inward (ui/scenes → state → sim),
// the engine stays pure, and only src/main.ts composes the layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const layer = (target, forbidden, message) => ({
  target: `./src/${target}`,
  from: forbidden.map((f) => `./src/${f}`),
  message,
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('sim', ['scenarios', 'state', 'i18n', 'scenes', 'ui', 'embed', 'cli', 'server', 'main.ts'],
              'src/sim is the pure engine: it imports nothing outside itself.'),
            layer('scenarios', ['state', 'i18n', 'scenes', 'ui', 'embed', 'cli', 'server', 'main.ts'],
              'src/scenarios may only use the engine.'),
            layer('state', ['scenes', 'ui', 'embed', 'cli', 'server', 'main.ts'],
              'src/state sits below the UI: it never imports ui, scenes or embed.'),
            layer('i18n', ['state', 'scenes', 'ui', 'embed', 'cli', 'server', 'main.ts'],
              'src/i18n is a leaf: it imports no other layer.'),
            layer('ui', ['scenes', 'embed', 'cli', 'server', 'main.ts'],
              'src/ui and src/scenes never import each other; only src/main.ts composes them.'),
            layer('scenes', ['ui', 'embed', 'cli', 'server', 'main.ts'],
              'src/ui and src/scenes never import each other; only src/main.ts composes them.'),
            layer('embed', ['scenes', 'ui', 'cli', 'server', 'main.ts'],
              'src/embed talks to the store, not to the UI layers.'),
            layer('server', ['i18n', 'scenes', 'ui', 'embed', 'cli', 'main.ts'],
              'src/server runs the engine for workshop rooms: it imports sim, scenarios and state only.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^[^.]', message: 'src/sim imports no package and no node: module; it must run anywhere.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'The engine has its own clock in the state; wall time breaks determinism.' },
        { name: 'performance', message: 'Wall time breaks determinism.' },
        { name: 'window', message: 'The engine has no DOM.' },
        { name: 'document', message: 'The engine has no DOM.' },
        { name: 'process', message: 'The engine has no Node.' },
        { name: 'crypto', message: 'Use the seeded RNG in the state.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG in the state (src/sim).' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/state/**/*.ts', 'src/i18n/**/*.ts', 'src/scenarios/**/*.ts', 'src/embed/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'phaser', message: 'Only src/scenes draws with Phaser.' }],
          // The browser talks to a workshop through colyseus.js only; the server's packages need Node.
          patterns: [{ regex: '^@colyseus/', message: 'Colyseus server packages belong in src/server; the room client uses colyseus.js.' }],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'phaser', message: 'Only src/scenes draws with Phaser.' }] }],
    },
  },
);
