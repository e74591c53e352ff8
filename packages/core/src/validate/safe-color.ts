import { DATASET_LIMITS } from './dataset-limits.js';

/**
 * The CSS named colours (CSS Color 4), lowercase, and `transparent`. Not `currentcolor`,
 * `inherit` or other keywords: a data colour is a colour, not a reference to the page's styles.
 */
const NAMED_COLORS = [
  'aliceblue', 'antiquewhite', 'aqua', 'aquamarine', 'azure', 'beige', 'bisque', 'black', 'blanchedalmond', 'blue',
  'blueviolet', 'brown', 'burlywood', 'cadetblue', 'chartreuse', 'chocolate', 'coral', 'cornflowerblue', 'cornsilk',
  'crimson', 'cyan', 'darkblue', 'darkcyan', 'darkgoldenrod', 'darkgray', 'darkgreen', 'darkgrey', 'darkkhaki',
  'darkmagenta', 'darkolivegreen', 'darkorange', 'darkorchid', 'darkred', 'darksalmon', 'darkseagreen', 'darkslateblue',
  'darkslategray', 'darkslategrey', 'darkturquoise', 'darkviolet', 'deeppink', 'deepskyblue', 'dimgray', 'dimgrey',
  'dodgerblue', 'firebrick', 'floralwhite', 'forestgreen', 'fuchsia', 'gainsboro', 'ghostwhite', 'gold', 'goldenrod',
  'gray', 'green', 'greenyellow', 'grey', 'honeydew', 'hotpink', 'indianred', 'indigo', 'ivory', 'khaki', 'lavender',
  'lavenderblush', 'lawngreen', 'lemonchiffon', 'lightblue', 'lightcoral', 'lightcyan', 'lightgoldenrodyellow',
  'lightgray', 'lightgreen', 'lightgrey', 'lightpink', 'lightsalmon', 'lightseagreen', 'lightskyblue', 'lightslategray',
  'lightslategrey', 'lightsteelblue', 'lightyellow', 'lime', 'limegreen', 'linen', 'magenta', 'maroon',
  'mediumaquamarine', 'mediumblue', 'mediumorchid', 'mediumpurple', 'mediumseagreen', 'mediumslateblue',
  'mediumspringgreen', 'mediumturquoise', 'mediumvioletred', 'midnightblue', 'mintcream', 'mistyrose', 'moccasin',
  'navajowhite', 'navy', 'oldlace', 'olive', 'olivedrab', 'orange', 'orangered', 'orchid', 'palegoldenrod', 'palegreen',
  'paleturquoise', 'palevioletred', 'papayawhip', 'peachpuff', 'peru', 'pink', 'plum', 'powderblue', 'purple',
  'rebeccapurple', 'red', 'rosybrown', 'royalblue', 'saddlebrown', 'salmon', 'sandybrown', 'seagreen', 'seashell',
  'sienna', 'silver', 'skyblue', 'slateblue', 'slategray', 'slategrey', 'snow', 'springgreen', 'steelblue', 'tan', 'teal',
  'thistle', 'tomato', 'turquoise', 'violet', 'wheat', 'white', 'whitesmoke', 'yellow', 'yellowgreen', 'transparent',
] as const;

/** A number as CSS writes one (`-30.5`, `.5`, `1e2`), optionally a percentage. */
const ARG = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?%?`;

/**
 * A colour and nothing else: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` (hex digits in either case),
 * `rgb()`, `rgba()`, `hsl()` or `hsla()` (lowercase) of three numbers or percentages, comma- or
 * space-separated, with an optional alpha after `,` or `/`, or a named colour (lowercase). No
 * `url()`, `image-set()`, `var()`, `calc()`, comments or `;`: nothing that fetches, reads the
 * page's styles or ends the declaration. A plain pattern, so that dataset.schema.json has it too
 * (JSON Schema patterns have no flags, hence no case-insensitive names).
 */
export const SAFE_COLOR_PATTERN = new RegExp(
  String.raw`^(?:#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})` +
  String.raw`|(?:rgba?|hsla?)\( *${ARG}(?: *, *${ARG} *, *${ARG}(?: *, *${ARG})?| +${ARG} +${ARG}(?: *\/ *${ARG})?) *\)` +
  `|${NAMED_COLORS.join('|')})$`,
);

const NAMED = new Set<string>(NAMED_COLORS);
/** The pattern's hex forms alone: a small pattern, quick to compile. */
const HEX_COLOR = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;

/**
 * True for a hex colour (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`) or a named one (`teal`): the
 * forms a dataset's colours mostly take, each of which `SAFE_COLOR_PATTERN` accepts, tested without
 * it. The pattern's first use compiles it (its 148 names and number syntax: 2–20 ms in a fresh
 * Chromium page), so the checks try this first and run the pattern only on what this refuses.
 */
export function isHexOrNamedColor(value: string): boolean {
  return HEX_COLOR.test(value) || NAMED.has(value);
}

/**
 * True when `value` is a colour the element may put into CSS as it is (see `SAFE_COLOR_PATTERN`).
 * `parseDataset` requires it of every `color` in a dataset; the element checks again before use.
 *
 * @example
 * isSafeColor('#c0392b')                    //=> true
 * isSafeColor('hsl(210 50% 40%)')           //=> true
 * isSafeColor('url(https://example.org/x)') //=> false
 * isSafeColor('red; display: none')         //=> false
 */
export function isSafeColor(value: unknown): value is string {
  return typeof value === 'string' && value.length <= DATASET_LIMITS.shortText && (isHexOrNamedColor(value) || SAFE_COLOR_PATTERN.test(value));
}
