/**
 * False in production: `#dev-mode` resolves here under the `default` export condition (see
 * package.json "imports"), so a production build carries no warning text. The `development`
 * condition (Vite's dev server, webpack's development mode, Node with --conditions=development)
 * gets dev-mode.development.ts instead.
 */
export const DEV_MODE: boolean = false;
