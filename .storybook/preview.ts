import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the element's JSDoc by `npm run analyze` (run as prestorybook / pretest / prebuild-storybook).
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
// Defines <syria-timeline> once for every story.
import '@syria-timeline/elements';

interface ManifestMember {
  name: string;
  privacy?: string;
  static?: boolean;
}

/**
 * Storybook lists every class member it finds in the manifest, private state and controllers too.
 * The docs tables should show the public API only, as the README's tables do (scripts/api-tables.mjs).
 */
const publicOnly = (m: ManifestMember) => (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('_');
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((mod) => ({
    ...mod,
    declarations: (mod.declarations ?? []).map((d) =>
      'members' in d && Array.isArray(d.members) ? { ...d, members: (d.members as ManifestMember[]).filter(publicOnly) } : d,
    ),
  })),
});

const preview: Preview = {
  parameters: {
    // Any axe violation fails the story, in the Storybook UI and as a test (`npx vitest run --project storybook`).
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
