export { parseEdtf, isEdtf, EdtfError, EDTF_PROFILE_PATTERN, EDTF_EXPECTED_FORMAT } from './parse-edtf.js';
export { parseEdtfInterval, type EdtfInterval } from './parse-edtf-interval.js';
export { whenSpan, type WhenSpan } from './when-span.js';
export { formatEdtf } from './format-edtf.js';
export { formatWhen } from './format-when.js';
export { DEFAULT_DATE_LOCALE, type FormatDateOptions } from './format-time-spans.js';
export { approximatePrefix } from './approximate-prefix.js';
export { describeBasis } from './describe-basis.js';
export { resolveRelativeDate, SUPPORTED_RELATIVE_PHRASES, type ResolvedDate } from './resolve-relative-date.js';
