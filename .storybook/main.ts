import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import type {StorybookConfig} from '@storybook/web-components-vite';
import {fastDocs} from './fast-docs.js';

/**
 * The SRI hash of the one-file bundle for the Code panel's script tag, made as
 * build/size-report.js makes it. Without a build, the README's copy, which
 * that script keeps current: Storybook needs no build of its own.
 */
const bundle = new URL('../dist/thamm-widgets.js', import.meta.url);
const integrity = existsSync(bundle)
  ? `sha384-${createHash('sha384').update(readFileSync(bundle)).digest('base64')}`
  : (readFileSync(new URL('../README.md', import.meta.url), 'utf8').match(/integrity="(sha384-[^"]+)"/)?.[1] ?? '');

const config: StorybookConfig = {
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // The seed bundle, its images and logos, at the same relative URL as in the demo and tests.
  staticDirs: [{from: '../content', to: '/content'}],
  core: {disableTelemetry: true},
  // The preview frame names its icon, so browsers do not ask for a missing /favicon.ico (a console error).
  previewHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="./favicon.svg">`,
  // The Content model page makes its tables from the schemas' JSON Schema, which the package build leaves out.
  // fastDocs: Docs pages show sooner (see fast-docs.ts).
  viteFinal: (config) => ({
    ...config,
    plugins: [...(config.plugins ?? []), ...fastDocs()],
    define: {...config.define, __THAMM_INTEGRITY__: JSON.stringify(integrity), __THAMM_JSON_SCHEMA__: 'true'},
  }),
};

export default config;
