export { parseEdtf, isEdtf, EdtfError } from './parse-edtf.js';
export { whenSpan, type WhenSpan } from './when-span.js';
