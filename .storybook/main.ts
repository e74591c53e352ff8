import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The element and core are workspace TypeScript: Storybook's Vite must pick their `source` export
  // condition, which it takes from the root vite.config.ts (`resolve.conditions`).
};
export default config;
