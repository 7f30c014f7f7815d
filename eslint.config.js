import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'storybook-static/', 'src/generated/', 'custom-elements.json']},
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
    files: ['*.js', '*.mjs', 'build/**/*.js', 'test/support/*.js', 'test/node/*.js'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly', setTimeout: 'readonly', Buffer: 'readonly'}},
  },
);
