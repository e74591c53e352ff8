import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import axe from 'axe-core';
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

/**
 * Every axe rule up to WCAG AA, best practices and experimental ones included
 * (`label-content-name-mismatch` is experimental), and `region`, which the addon turns off by
 * default: each story is shown as on a page, in a <main> with a heading (the decorator below), so
 * the page-level rules apply too. The AAA rules (`color-contrast-enhanced`: 7:1) stay off.
 */
const everyRule = axe.getRules()
  .map(({ ruleId, tags }) => ({ id: ruleId, enabled: !tags.includes('wcag2aaa') }));

const preview: Preview = {
  decorators: [
    (story, { title, name }) => html`<main><h1 style="font: 600 1rem system-ui; margin: 0 0 0.5rem">${title.split('/').at(-1)}: ${name}</h1>${story()}</main>`,
  ],
  parameters: {
    // Any axe violation fails the story, in the Storybook UI and as a test (`npx vitest run --project storybook`).
    // The whole document (not only <body>), so that the page-level rules (landmark-one-main, page-has-heading-one) run.
    a11y: { test: 'error', config: { rules: everyRule }, context: { include: 'html' } },
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
