import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the element's JSDoc by `npm run analyze` (run as prestorybook / pretest / prebuild-storybook).
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
// Defines <syria-timeline> once for every story.
import '@syria-timeline/elements';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // Any axe violation fails the story, in the Storybook UI and as a test (`npx vitest run --project storybook`).
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
