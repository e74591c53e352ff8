import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { faultRoutes } from './packages/elements/test/support/fault-routes.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium, headless; flags keep it off the (closed) network. */
const browserProvider = () =>
  playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  });
// Vitest refuses one browser object shared by two projects: build a fresh one each time.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: browserProvider(),
  instances: [{ browser: 'chromium' as const }],
});

/** Loads the font the tests draw text in (see the file). */
const TEST_FONT_SETUP = 'packages/elements/test/support/test-font.ts';

// test/hostile/*.node.test.ts: the hostile-data corpus through parseDataset (the corpus runs in the browser too).
const coreTests = ['packages/core/src/**/*.test.ts', 'packages/core/test/**/*.test.ts', 'test/hostile/**/*.node.test.ts'];

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  // Storybook's renderer imports lit/directive-helpers.js; prebundling it with lit keeps one Lit. The
  // directives the element imports are listed too: one found mid-run (guard.js) made Vite reload a test page.
  optimizeDeps: {
    include: [
      'lit', 'lit/decorators.js', 'lit/directive-helpers.js',
      'lit/directives/guard.js', 'lit/directives/if-defined.js', 'lit/directives/repeat.js', 'lit/directives/style-map.js',
    ],
  },
  test: {
    // CI machines are shared: under load a browser test of 2–4 s can take three times as long. The limit stops hangs,
    // it does not measure speed (that is `npm run bench`).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'core', include: coreTests, environment: 'node', env: { TZ: 'UTC' },
          // `npm run bench:layout`: only the core benches, not every *.bench.ts in the repository.
          benchmark: { include: ['packages/core/bench/**/*.bench.ts'] },
        },
      },
      {
        // The authoring command line (packages/cli), in Node: each command on good and bad files.
        extends: true,
        test: { name: 'cli', include: ['packages/cli/src/**/*.test.ts'], environment: 'node', env: { TZ: 'UTC' } },
      },
      {
        // The element in the fake DOMs of Node test runners (jsdom, happy-dom): no throw, a static fallback.
        extends: true,
        test: { name: 'fake-dom', include: ['test/dom/**/*.test.ts'] },
      },
      {
        // The date code must not depend on the machine's zone: run it again far from UTC.
        extends: true,
        test: {
          name: 'core-tz',
          // …and the CLI's relative-date resolution (date-fns in UTC), which left the core.
          include: ['packages/core/src/dates/**/*.test.ts', 'packages/core/test/**/*.tz.test.ts', 'packages/cli/src/resolve-relative-date*.test.ts'],
          environment: 'node',
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        extends: true,
        // /__faults/: a broken, slow or huge `src` for the data-source tests (data-faults.test.ts).
        plugins: [faultRoutes()],
        test: {
          name: 'elements',
          include: ['packages/elements/src/**/*.test.ts', 'packages/elements/test/**/*.test.ts'],
          // Text in a shipped font, so that measured text does not depend on the machine's fonts.
          setupFiles: [TEST_FONT_SETUP],
          browser: browser(),
        },
      },
      {
        // npm pack both packages, install the tarballs in an empty folder, render in Chromium (test/pack/).
        // The slowest project (tens of seconds): run it alone with `npm run test:pack`.
        extends: true,
        test: {
          name: 'pack',
          include: ['test/pack/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        // The demo page as `npm start` serves it, in Chromium: the link keeps the view (test/demo/).
        extends: true,
        test: { name: 'demo', include: ['test/demo/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: { name: 'storybook', browser: browser(), setupFiles: [TEST_FONT_SETUP] },
      },
    ],
  },
});
