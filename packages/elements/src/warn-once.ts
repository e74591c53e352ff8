import { DEV_MODE } from '#dev-mode';

const warned = new Set<string>();

/**
 * `console.warn` a message once per page, in development builds only (`DEV_MODE`): a production
 * build says nothing, and carries only this check.
 */
export function warnOnce(message: string): void {
  if (!DEV_MODE || warned.has(message)) return;
  warned.add(message);
  console.warn(`<syria-timeline> ${message}`);
}
