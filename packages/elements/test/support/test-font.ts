/// <reference types="vite/client" />
// A Vitest setup file for the browser projects: every test draws text in a font the project ships
// (@fontsource/dejavu-sans, pinned in package.json), not in whatever sans-serif the machine has.
// Tests that measure text (labels that must fit, wrap or stay inside the plot) then give the same
// numbers on any machine: with Debian's Noto fonts installed or without.
import regular from '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff2?url';
import bold from '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff2?url';

/** A family name no machine has installed: text in it comes from the shipped files or not at all. */
export const TEST_FONT = 'Syria Timeline Test Sans';

const faces = [
  new FontFace(TEST_FONT, `url(${JSON.stringify(regular)}) format('woff2')`, { weight: '400' }),
  new FontFace(TEST_FONT, `url(${JSON.stringify(bold)}) format('woff2')`, { weight: '700' }),
];
// Once per page, though a test may import this module again for TEST_FONT.
if (![...document.fonts].some((f) => f.family.replaceAll('"', '') === TEST_FONT)) {
  for (const face of faces) document.fonts.add(face);
  await Promise.all(faces.map((face) => face.load()));
}
// The element's font (it inherits through the shadow root); the page's own text too.
document.documentElement.style.setProperty('--syria-timeline-font', `"${TEST_FONT}"`);
document.documentElement.style.fontFamily = `"${TEST_FONT}"`;
