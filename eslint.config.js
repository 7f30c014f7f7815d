import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'storybook-static/', 'src/generated/', 'custom-elements.json', 'test/eleventy-site/_site/', '.wordpress-site/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    settings: {wc: {elementBaseClasses: ['LitElement', 'ThammElement']}},
    languageOptions: {
      globals: {document: 'readonly', window: 'readonly', console: 'readonly', customElements: 'readonly'},
    },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off', // chai's `expect(x).to.exist`
    },
  },
  {
    files: ['test/support/csp-page.js', 'test/support/csp-watch.js', 'bench/harness.js', 'bench/vanilla.js', 'bench/peers/*.js', 'bench/cold/*.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    files: ['*.js', '*.mjs', 'bin/*.js', 'build/**/*.js', 'bench/run.js', 'bench/report.js', 'bench/cold-pages.js', 'bench/docs-pages.js', 'bench/storybook-server.js', 'test/support/mock-server.js', 'test/support/react-fixture.js', 'test/support/host-commands.js', 'test/support/ckeditor-fixture.js', 'test/support/webkit-launcher.js', 'test/support/engine-summary.js', 'test/node/*.js', 'test/eleventy-site/**/*.js', 'test/hosts/*.js', 'test/storybook/*.js'],
    languageOptions: {globals: globals.node},
  },
);
