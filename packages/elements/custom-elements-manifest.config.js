/**
 * Custom elements manifest (`npm run analyze`), read from the class JSDoc in src/. Testing
 * helpers are not part of the public surface.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // The analyzer also guesses events from `dispatchEvent(new X(arg))` calls and names them
      // after the first argument; the documented `@fires` entries are the real list.
      name: 'documented-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('syria-timeline-') && e.description);
            // The element's internals (`#` fields and methods) are no API: tools that read the
            // manifest (Storybook's docs tables, editors) should not offer them.
            if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && !m.name?.startsWith('#'));
          }
        }
      },
    },
  ],
};
