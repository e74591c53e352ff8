// Vite imports a stylesheet as a string with `?inline` (minified in builds).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
