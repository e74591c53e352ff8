/**
 * Custom elements manifest (`npm run analyze`): read from the class JSDoc in src/. Testing
 * helpers are not part of the public surface.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**'],
  litelement: true,
  outdir: '.',
};
