/// <reference types="vite/client" />
// A Vitest setup file for the browser projects: every test draws text in a font the project ships
// (@fontsource/dejavu-sans, pinned in package.json), not in whatever sans-serif the machine has.
// Tests that measure text (labels that must fit, wrap or stay inside the plot) then give the same
// numbers on any machine: with Debian's Noto fonts installed or without. Arabic text (the `ar`
// locale's labels) comes from Noto Sans Arabic (@fontsource/noto-sans-arabic, pinned too), under
// the same family name for the Arabic code points: DejaVu's shipped files cover Latin only.
import regular from '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff2?url';
import bold from '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff2?url';
import arabicRegular from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';

/** A family name no machine has installed: text in it comes from the shipped files or not at all. */
export const TEST_FONT = 'Syria Timeline Test Sans';

/** The Arabic subset's code points (as @fontsource/noto-sans-arabic's CSS gives them, its basic blocks). */
const ARABIC_RANGE = 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';

const faces = [
  new FontFace(TEST_FONT, `url(${JSON.stringify(regular)}) format('woff2')`, { weight: '400' }),
  new FontFace(TEST_FONT, `url(${JSON.stringify(bold)}) format('woff2')`, { weight: '700' }),
  new FontFace(TEST_FONT, `url(${JSON.stringify(arabicRegular)}) format('woff2')`, { weight: '400', unicodeRange: ARABIC_RANGE }),
  new FontFace(TEST_FONT, `url(${JSON.stringify(arabicBold)}) format('woff2')`, { weight: '700', unicodeRange: ARABIC_RANGE }),
];
// Once per page, though a test may import this module again for TEST_FONT.
if (![...document.fonts].some((f) => f.family.replaceAll('"', '') === TEST_FONT)) {
  for (const face of faces) document.fonts.add(face);
  await Promise.all(faces.map((face) => face.load()));
}
// The element's font (it inherits through the shadow root); the page's own text too.
document.documentElement.style.setProperty('--syria-timeline-font', `"${TEST_FONT}"`);
document.documentElement.style.fontFamily = `"${TEST_FONT}"`;
