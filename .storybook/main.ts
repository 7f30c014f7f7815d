import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // The seed bundle, its images and logos, at the same relative URL as in the demo and tests.
  staticDirs: [{from: '../content', to: '/content'}],
  core: {disableTelemetry: true},
};

export default config;
