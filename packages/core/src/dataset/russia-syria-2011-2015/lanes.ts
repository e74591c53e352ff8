import type { Lane } from '../../model/index.js';

/**
 * The four sides of the story, top to bottom.
 *
 * Colours are picked so that each reaches WCAG's 3:1 non-text contrast on white AND on the dark
 * background #1b1b1f, and so that the four hues stay apart (red, green, amber-brown, blue).
 * Ratios (WCAG 2 relative luminance), measured with a small node script:
 *   russia      #cc3d3d  4.88:1 on white, 3.52:1 on #1b1b1f
 *   assad       #1f8a4c  4.38:1 on white, 3.92:1 on #1b1b1f
 *   opposition  #b06f00  4.10:1 on white, 4.19:1 on #1b1b1f
 *   west        #3a7bd5  4.22:1 on white, 4.07:1 on #1b1b1f
 * The lanes are always labelled, so colour is never the only cue.
 */
export const lanes: Lane[] = [
  { id: 'russia', label: 'Russia', order: 0, color: '#cc3d3d' },
  { id: 'assad', label: 'Assad (Syrian government)', order: 1, color: '#1f8a4c' },
  { id: 'opposition', label: 'Opposition', order: 2, color: '#b06f00' },
  { id: 'west', label: 'The West', order: 3, color: '#3a7bd5' },
];
