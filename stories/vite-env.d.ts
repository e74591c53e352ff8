/// <reference types="vite/client" />
// For `import url from './fixtures/x.json?url'` in stories.
